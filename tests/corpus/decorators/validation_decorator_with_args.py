def check_types(*types):
    def deco(fn):
        def wrapper(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError("expected %s, got %s" % (t.__name__, type(a).__name__))
            return fn(*args)
        return wrapper
    return deco

@check_types(int, str)
def label(n, s):
    return s * n

print(label(3, "ab"))
try:
    label("3", "ab")
except TypeError as e:
    print("TypeError:", e)
