import pkg_geometry

v = pkg_geometry.Vec(1, 2) + pkg_geometry.Vec(3, 4)
print(v, pkg_geometry.VERSION)
print(pkg_geometry.__name__)
