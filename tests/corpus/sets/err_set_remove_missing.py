s = {"a", "b"}
s.remove("a")
print(sorted(s))


def trigger():
    s.remove("zz")


trigger()
