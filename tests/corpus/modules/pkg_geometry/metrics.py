from . import vectors

def length_squared(v):
    return vectors.dot(v, v)
