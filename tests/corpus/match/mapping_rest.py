def f(x):
    match x:
        case {"id": ident, **rest}:
            return ident, rest
        case {**everything}:
            return "all", everything

print(f({"id": 1, "a": 2, "b": 3}))
print(f({"id": 7}))
print(f({"z": 0}))
d = {"id": 5, "k": "v"}
print(f(d), d)
r = f(d)[1]
r["new"] = 1
print(d)
