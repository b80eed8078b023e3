match 5:
    case int(5):
        print("int(5) matches")
match 5:
    case int(x, y):
        print("no")
