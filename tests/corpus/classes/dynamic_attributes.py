class Empty:
    pass

e = Empty()
e.a = 1
e.b = "two"
print(e.a, e.b)
print(sorted(e.__dict__.items()))
e.a += 5
print(e.a)
Empty.shared = "class-level"
print(e.shared)
