class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, other):
        return "Hi " + other + ", I am " + self.name

g = Greeter("Ann")
m = g.greet
print(m("Bob"))
print(m.__self__ is g)
print(m.__func__ is Greeter.greet)
print(Greeter.greet(g, "Cy"))
print(m.__name__)
