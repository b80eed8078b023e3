from helper_shapes import Circle, Square, PI

print(Circle(1).area() == PI, Square(4).area())
print(Circle.__module__)
