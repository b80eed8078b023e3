s = "abc"
print(s[2])


def trigger():
    print(s[3])


trigger()
