def f(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(v):
            return f"float {v}"
        case str(s):
            return f"str {s}"
        case bytes(bs):
            return f"bytes {bs}"
        case bytearray(ba):
            return f"bytearray {ba}"
        case list([a, *_]):
            return f"list starting {a}"
        case tuple(t):
            return f"tuple {t}"
        case dict({"k": v}):
            return f"dict with k={v}"
        case set(s):
            return f"set {sorted(s)}"
        case frozenset(fs):
            return f"frozenset {sorted(fs)}"
    return "other"

for v in [True, 3, 2.5, "s", b"b", bytearray(b"ba"), [7, 8], (1, 2), {"k": 0}, {3, 1}, frozenset([2]), [], None]:
    print(f(v))
