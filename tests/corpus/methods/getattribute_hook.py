class Spy:
    def __init__(self):
        self.x = 5
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("get", name)
        return object.__getattribute__(self, name)

s = Spy()
print(s.x + 1)
