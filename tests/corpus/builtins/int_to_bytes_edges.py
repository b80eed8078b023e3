# int.to_bytes at the edges: zero length, sign bytes, bad lengths.
cases = [
    (0, 0, "big", False),
    (0, 3, "little", False),
    (127, 1, "big", True),
    (128, 1, "big", True),
    (-128, 1, "little", True),
    (-129, 1, "big", True),
    (255, 1, "big", False),
    (256, 1, "big", False),
    (-1, 4, "big", True),
    (1, -1, "big", False),
    (1, 0, "little", False),
]
for n, length, order, signed in cases:
    try:
        print(n, length, n.to_bytes(length, order, signed=signed))
    except (OverflowError, ValueError) as e:
        print(n, length, type(e).__name__, e)
