class Empty:
    def __len__(self):
        return 0

class Full:
    def __len__(self):
        return 3

class Falsy:
    def __bool__(self):
        return False
    def __len__(self):
        return 10

for obj in [Empty(), Full(), Falsy()]:
    print(type(obj).__name__, bool(obj), "yes" if obj else "no")
print(not Empty(), Full() and "x", Falsy() or "fallback")
