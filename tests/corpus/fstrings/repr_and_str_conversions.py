class P:
    def __repr__(self):
        return "P-repr"
    def __str__(self):
        return "P-str"

p = P()
print(f"{p} {p!r} {p!s} {p!a}")
s = "café"
print(f"{s!r} {s!a}")
print(f"{'x'!r:>6}|")
