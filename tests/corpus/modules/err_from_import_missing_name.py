from helper_shapes import Circle, Square

print("have", Circle.__name__, Square.__name__)
print("importing a missing name")
from helper_shapes import Triangle
print("unreachable")
