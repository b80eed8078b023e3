def uppercase(fn):
    def wrapper(self):
        return fn(self).upper()
    return wrapper

class User:
    def __init__(self, n):
        self.n = n
    @property
    @uppercase
    def name(self):
        return self.n

print(User("ann").name)
