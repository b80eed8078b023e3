class Outer:
    class Inner:
        def method(self):
            pass

print(Outer.__name__)
print(Outer.Inner.__name__)
print(Outer.Inner.__qualname__)
print(Outer.Inner.method.__qualname__)
print(Outer.__module__)
