print(float("3.5"), float(" -2 "), float("1e3"), float("inf"), float("-inf"), float("nan"))
print(float(3), float(True), float(), float("1_000.5"))
print(float("infinity"), float("  NaN "))
for text in ["1.5", "-0", ".5", "5.", "1e-3"]:
    print(repr(text), float(text))
