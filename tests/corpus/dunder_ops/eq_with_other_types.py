class Code:
    def __init__(self, s):
        self.s = s
    def __eq__(self, other):
        if isinstance(other, str):
            return self.s == other
        if isinstance(other, Code):
            return self.s == other.s
        return NotImplemented
    __hash__ = None

print(Code("x") == "x", "x" == Code("x"), Code("x") == Code("y"))
print(Code("x") == 5, Code("x") != 5)
print(Code("a") in ["b", "a"])
