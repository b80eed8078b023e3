print(format(3.14159, ".2f"), format(42, "05d"), format("x", "^5"), format(255, "x"))
print(format(1234567, ","), format(0.5, "%"), format(True), format(None))
print(repr(format(12)), repr(format("s", "")))
for spec in ["", "10", "<10", ".3", "*^9"]:
    print(repr(format("python", spec)))
