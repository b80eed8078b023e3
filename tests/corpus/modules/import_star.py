from helper_shapes import *

print(Circle(1).area(), Square(2).area(), PI)
print("_private_helper" in globals())
print(sorted(n for n in globals() if not n.startswith("__"))[:5])
