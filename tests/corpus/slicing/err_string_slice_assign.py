s = "hello"
print(s[1:3])


def trigger():
    s[1:3] = "EE"


trigger()
