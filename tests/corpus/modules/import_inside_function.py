def compute():
    import helper_shapes
    from helper_counter import bump
    bump()
    return helper_shapes.Square(5).area()

print(compute())
print("helper_shapes" in globals())
