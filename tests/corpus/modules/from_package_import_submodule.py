from pkg_geometry import vectors, metrics
from pkg_geometry.vectors import dot as d

print(d(vectors.Vec(1, 1), vectors.Vec(2, 3)))
print(metrics.length_squared(vectors.Vec(1, 2)))
