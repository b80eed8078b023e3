print("before")
class A:
    print("in class body")
    x = 1
    y = x + 1
    print("y is", y)
print("after", A.x, A.y)
