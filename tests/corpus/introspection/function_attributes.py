def greet(name, greeting="hi", *, punct="!"):
    return greeting + " " + name + punct

print(greet.__name__)
print(greet.__defaults__)
print(greet.__kwdefaults__)
greet.custom = "attached"
print(greet.custom)
print(greet.__code__.co_argcount, greet.__code__.co_kwonlyargcount)
