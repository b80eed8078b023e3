import math
print(math.modf(3.75), math.modf(-2.5))
print(math.frexp(8.0), math.ldexp(0.5, 4))
print(math.fmod(7, 3), math.fmod(-7, 3), -7 % 3)
print(math.dist((0, 0), (3, 4)))
