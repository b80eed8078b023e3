# Metaclasses: __new__, __init__, __call__ (singleton), registries, isinstance.
class Registry(type):
    classes = []

    def __new__(mcs, name, bases, ns, **kwargs):
        ns["created_by"] = mcs.__name__
        cls = super().__new__(mcs, name, bases, ns)
        Registry.classes.append(name)
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)
        cls.tag = kwargs.get("tag", "none")


class Base(metaclass=Registry):
    pass


class Child(Base, tag="child"):
    def hello(self):
        return "hello from " + type(self).__name__


print(Registry.classes)
print(Child.created_by, Child.tag, Base.tag)
print(type(Child).__name__, isinstance(Child, Registry), isinstance(Child, type))
print(Child().hello(), isinstance(Child(), Base))


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, value):
        self.value = value


a = Config(1)
b = Config(2)
print(a is b, a.value, b.value)


class Plain(type):
    pass


class P(metaclass=Plain):
    x = 3

    def __init__(self, y):
        self.y = y


p = P(4)
print(p.x, p.y, type(P).__name__, P.__name__, P.__mro__)


class WithRepr(type):
    def __repr__(cls):
        return "<class made by WithRepr: %s>" % cls.__name__

    def describe(cls):
        return cls.__name__.lower()


class Q(metaclass=WithRepr):
    pass


print(repr(Q), Q.describe())
T = WithRepr("T", (), {"z": 9})
print(T, T.z, T.describe())
print(type(int), type(type), type(Plain))


class IntMeta(type):
    pass


class MyInt(int, metaclass=IntMeta):
    pass


print(MyInt(5) + 1, int.__new__(MyInt, 7), type(int.__new__(MyInt, 7)).__name__)
