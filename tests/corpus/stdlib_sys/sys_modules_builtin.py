import sys
import math
print("math" in sys.modules, "sys" in sys.modules)
print(sys.modules["math"] is math)
print(sys.modules["__main__"].__name__)
