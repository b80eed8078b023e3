point = (1, 2)
x, y = point
items = [x, y, 3]
first, *rest = items
table = {"x": x, "y": y}
table["z"] = items[-1]
del table["x"]
print(first, rest, table, items[1:], "y" in table)
