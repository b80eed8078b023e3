import helper_shapes

print("helper_shapes loaded:", helper_shapes.Square(2).area())
print("trying a missing module")
import helper_does_not_exist_anywhere
print("unreachable")
