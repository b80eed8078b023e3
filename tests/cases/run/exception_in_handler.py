def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        return table["default"]

print(lookup({"a": 1, "default": 0}, "b"))
print(lookup({"a": 1}, "b"))
