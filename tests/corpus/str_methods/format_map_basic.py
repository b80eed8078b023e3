point = {"x": 3, "y": -4.5, "name": "P"}
print("{name}({x}, {y})".format_map(point))
print("{x:>5}|{y:+.2f}|{name!r}".format_map(point))
print("{name:{width}}|".format_map({"name": "ab", "width": 6}))
print("{p[0]}-{p[1]}".format_map({"p": [7, 8]}))
print("{{literal}} {x}".format_map(point))
print("no fields".format_map({}))
for fmt in ["{missing}", "{}", "{0}"]:
    try:
        print(fmt.format_map(point))
    except (KeyError, ValueError) as e:
        print(type(e).__name__ + ":", e)
