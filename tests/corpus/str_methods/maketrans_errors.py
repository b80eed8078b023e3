attempts = [
    lambda: str.maketrans("ab", "c"),
    lambda: str.maketrans(5),
    lambda: str.maketrans({"ab": "x"}),
    lambda: str.maketrans({1.5: "x"}),
    lambda: str.maketrans({"a": 1}, "b"),
    lambda: str.maketrans("a", 1),
    lambda: str.maketrans("a", "b", 3),
    lambda: str.maketrans(),
    lambda: "abc".translate({97: 1.5}),
    lambda: "abc".translate({97: -1}),
    lambda: "abc".translate({97: 0x110000}),
    lambda: "abc".translate(5),
]
for attempt in attempts:
    try:
        print(attempt())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
