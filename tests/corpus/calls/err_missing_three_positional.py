def point(x, y, z):
    return (x, y, z)

print(point(1, 2, 3))
point()
