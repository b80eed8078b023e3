print(NotImplemented, type(NotImplemented).__name__)
print(repr(NotImplemented))
class A:
    def __lt__(self, o):
        return NotImplemented
class B:
    def __gt__(self, o):
        return "B.__gt__ answered"
print(A() < B())
print(A().__lt__(1))
