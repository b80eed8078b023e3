word = "r\xe9sum\xe9"
print(word.encode("ascii", "replace"))


def trigger():
    return word.encode("ascii")


trigger()
