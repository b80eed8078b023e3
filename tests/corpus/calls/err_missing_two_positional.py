def box(w, h, d):
    return w * h * d

print(box(1, 2, 3))
box(1)
