from collections import deque

def f(x):
    match x:
        case [a, b, *rest]:
            return f"{a} {b} {rest}"
        case _:
            return "no"

print(f(deque([1, 2, 3])))
print(f(deque([1])))
print(f(range(10, 13)))

class MyList(list):
    pass

print(f(MyList([4, 5, 6, 7])))

class MyTuple(tuple):
    pass

print(f(MyTuple((8, 9))))
