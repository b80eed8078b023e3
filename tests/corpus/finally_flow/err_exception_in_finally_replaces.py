def f():
    try:
        return "value"
    finally:
        print("finally raising")
        raise KeyError("from finally")

print("call f")
f()
