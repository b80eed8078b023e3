class Money:
    def __init__(self, c):
        self.c = c
    def __add__(self, o):
        return Money(self.c + o.c)
    def __radd__(self, o):
        if o == 0:
            return self
        return self.__add__(o)
    def __repr__(self):
        return "Money(%d)" % self.c

print(sum([Money(1), Money(2), Money(3)]))
print(sum([], Money(0)))
