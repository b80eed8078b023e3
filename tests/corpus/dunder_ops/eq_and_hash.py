class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, o):
        return isinstance(o, Key) and (self.a, self.b) == (o.a, o.b)
    def __hash__(self):
        return hash((self.a, self.b))

d = {Key(1, 2): "x"}
print(d[Key(1, 2)])
s = {Key(1, 2), Key(1, 2), Key(2, 1)}
print(len(s))
print(Key(1, 2) in s, Key(3, 3) in s)
