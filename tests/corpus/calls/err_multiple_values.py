def greet(name, greeting="hi"):
    return greeting + " " + name

print(greet("a", greeting="yo"))
greet("a", name="b")
