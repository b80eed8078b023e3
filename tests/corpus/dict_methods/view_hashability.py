# keys() and items() views are set-like and so unhashable; values() is not.
d = {"a": 1, "b": 2}
for name in ("keys", "values", "items"):
    view = getattr(d, name)()
    try:
        hash(view)
        print(name, "hashable")
    except TypeError as e:
        print(name, "TypeError:", e)
print(type(d.keys()).__hash__ is None, type(d.values()).__hash__ is None)
