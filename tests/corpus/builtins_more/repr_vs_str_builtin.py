for v in ["text", 1.0, 10, None, [1, "a"], ("x",), {"k": "v"}, b"by", 1e20, 1e-7]:
    print(str(v), "|", repr(v))
class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "both"
print(str(Both()), repr(Both()), [Both()])
