double = lambda x: x * 2 + undefined_thing
print("lambda next")


def trigger():
    print(list(map(double, [1, 2])))


trigger()
