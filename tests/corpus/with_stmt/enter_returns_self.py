class Conn:
    def __init__(self, name):
        self.name = name
        self.open = False
    def __enter__(self):
        self.open = True
        return self
    def __exit__(self, *args):
        self.open = False

with Conn("db") as c:
    print(c.name, c.open)
print(c.open)
