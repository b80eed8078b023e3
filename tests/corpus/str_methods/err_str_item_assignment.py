s = "abc"
print(s.upper())


def trigger():
    s[0] = "z"


trigger()
