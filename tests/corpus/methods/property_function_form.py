class Box:
    def __init__(self):
        self._w = 1
    def get_w(self):
        return self._w
    def set_w(self, v):
        self._w = v * 10
    w = property(get_w, set_w, None, "width")

b = Box()
b.w = 3
print(b.w, b._w)
print(Box.w.__doc__)
print(type(Box.w).__name__)
