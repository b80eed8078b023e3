x = 1
def show():
    return x
print(show())
x = 2
print(show())
def show_len():
    return len(items)
items = [1, 2, 3]
print(show_len())
