name = 'global'
def greet(name):
    return 'hello ' + name
print(greet('param'), name)
def nested(name):
    def inner():
        return name.upper()
    return inner()
print(nested('enclosing'))
