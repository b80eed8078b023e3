not_a_class = len
print("before")
match 3:
    case not_a_class():
        print("no")
