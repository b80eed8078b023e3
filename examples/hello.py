# The smallest example: a function, a loop and % formatting.
def greet(name):
    return "Hello, %s!" % name

for who in ["world", "minipy"]:
    print(greet(who))
