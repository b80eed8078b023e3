count = 0
def subject():
    global count
    count += 1
    return [count, "x"]

match subject():
    case [2, _]:
        print("two")
    case [1, "y"]:
        print("one y")
    case [n, "x"]:
        print("n =", n)
print("evaluated", count, "time(s)")
