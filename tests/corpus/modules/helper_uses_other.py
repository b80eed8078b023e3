import helper_shapes
from helper_counter import bump

def make_and_count(r):
    bump()
    return helper_shapes.Circle(r)
