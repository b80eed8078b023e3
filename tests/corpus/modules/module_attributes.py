import helper_shapes

print(helper_shapes.__name__)
print(sorted(n for n in dir(helper_shapes) if not n.startswith("__")))
print(type(helper_shapes).__name__)
print(hasattr(helper_shapes, "Circle"), hasattr(helper_shapes, "Hexagon"))
