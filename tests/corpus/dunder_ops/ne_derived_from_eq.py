class A:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("eq called")
        return self.v == o.v

print(A(1) != A(2))
print(A(1) != A(1))
