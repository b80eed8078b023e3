class A:
    @classmethod
    def who(cls):
        return cls.__name__

class B(A):
    pass

print(A.who(), B.who(), A().who(), B().who())
