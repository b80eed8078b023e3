class Temp:
    __match_args__ = ("celsius",)
    def __init__(self, c):
        self._c = c

    @property
    def celsius(self):
        return self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

match Temp(100):
    case Temp(c, fahrenheit=f):
        print(c, f)

class Lazy:
    def __getattr__(self, name):
        if name == "magic":
            return 42
        raise AttributeError(name)

match Lazy():
    case Lazy(missing=m):
        print("missing", m)
    case Lazy(magic=m):
        print("magic", m)
