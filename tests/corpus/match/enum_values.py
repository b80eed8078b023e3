class Shape:
    CIRCLE = 1
    SQUARE = 2

def area_kind(shape, size):
    match shape:
        case Shape.CIRCLE:
            return f"circle of radius {size}"
        case Shape.SQUARE:
            return f"square of side {size}"
    return "unknown shape"

print(area_kind(1, 3))
print(area_kind(2, 4))
print(area_kind(3, 5))
