class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec == "F":
            return "%.1fF" % (self.c * 9 / 5 + 32)
        return "%sC" % self.c

t = Temp(100)
print(format(t, "F"))
print(f"{t} / {t:F}")
print("{0} {0:F}".format(t))
