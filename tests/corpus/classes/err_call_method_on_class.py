class A:
    def hello(self):
        return "hello"

print(A().hello())
A.hello()
