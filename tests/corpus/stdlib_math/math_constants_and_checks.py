import math
print(math.pi, math.e, math.tau, math.inf, -math.inf)
print(math.isnan(math.nan), math.isinf(math.inf), math.isfinite(1.0), math.isfinite(math.inf))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3)
print(math.copysign(3, -0.0), math.fsum([0.1] * 10), sum([0.1] * 10))
