print(max(3, 1, 2), min("b", "a", "c"), max([1, 5, 3]))
print(max([], default="empty"), min([], default=0))
print(max(["apple", "fig", "banana"], key=len), min({"x": 3, "y": 1}, key=lambda k: {"x": 3, "y": 1}[k]))
print(max([1, 3, 3], key=lambda v: v), max((1, "a"), (1, "b")))
