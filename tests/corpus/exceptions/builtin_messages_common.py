tests = [
    lambda: [1][3],
    lambda: {}["nope"],
    lambda: int("12a"),
    lambda: float("x"),
    lambda: "a" + 1,
    lambda: 1 + "a",
    lambda: None.attr,
    lambda: "abc".index("z"),
    lambda: [1, 2].remove(5),
    lambda: (1, 2).index(3),
    lambda: 10 % 0,
    lambda: 2.0 / 0,
    lambda: int("5", 1),
    lambda: chr(-1),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
