import helper_shapes

c = helper_shapes.Circle(2)
s = helper_shapes.Square(3)
print(round(c.area(), 3), s.area())
print(round(helper_shapes.total_area([c, s]), 3))
print(helper_shapes.PI, helper_shapes.__name__)
