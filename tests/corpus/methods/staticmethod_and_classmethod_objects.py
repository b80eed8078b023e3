class A:
    @staticmethod
    def s():
        return "s"
    @classmethod
    def c(cls):
        return "c"

print(type(A.__dict__["s"]).__name__)
print(type(A.__dict__["c"]).__name__)
print(A.__dict__["s"].__func__())
print(callable(A.s), callable(A.c))
