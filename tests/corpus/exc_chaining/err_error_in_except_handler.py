items = [1, 2]
try:
    print(items[5])
except IndexError:
    print("handling")
    print(undefined_variable_here)
