class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v

print(P(1) == P(1))
print(P.__hash__ is None)
try:
    {P(1)}
except TypeError as e:
    print("TypeError:", e)
