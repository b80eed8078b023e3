template = "{greeting}, {name}!"
print(template.format(greeting="Hi", name="Ann"))


def trigger():
    print(template.format(greeting="Hi"))


trigger()
