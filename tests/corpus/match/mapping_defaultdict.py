from collections import defaultdict, OrderedDict, Counter

# Matching looks keys up with get(), so the factory is never called.
calls = []
def factory():
    calls.append(1)
    return "made"

d = defaultdict(factory, {"a": 1})
match d:
    case {"missing": value}:
        print("matched", value)
    case {"a": a}:
        print("found a", a)
print(len(d), calls)

match OrderedDict([("x", 1), ("y", 2)]):
    case {"y": y, **rest}:
        print(y, rest)

match Counter("aab"):
    case {"a": n}:
        print("count of a", n)
