def hello(self):
    return "hello from " + type(self).__name__

Dyn = type("Dyn", (object,), {"x": 5, "hello": hello})
d = Dyn()
print(d.x, d.hello(), Dyn.__name__)
Sub = type("Sub", (Dyn,), {})
print(Sub().hello(), issubclass(Sub, Dyn))
