"""A metaclass's __prepare__ makes the class namespace and gets the class keywords."""
class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", mcls.__name__, name, bases, kw)
        return {"injected": 7}

    def __new__(mcls, name, bases, ns, **kw):
        print("new", sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class A(metaclass=OrderedMeta, flag=1):
    x = 1
    y = injected + 1


print(A.injected, A.y)


class Sub(A):
    z = 3


print(Sub.z, Sub.injected)


class Plain(type):
    pass


class B(metaclass=Plain):
    q = 1


print(B.q, type(B).__name__)


class Bad(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5


try:
    class C(metaclass=Bad):
        pass
except TypeError as e:
    print("TypeError", e)
