import pkg_geometry.vectors
import pkg_geometry.metrics

v = pkg_geometry.vectors.Vec(3, 4)
print(pkg_geometry.metrics.length_squared(v))
print(pkg_geometry.vectors.dot(v, v))
print(pkg_geometry.vectors.__name__)
