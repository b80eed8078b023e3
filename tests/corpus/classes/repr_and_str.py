class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return "Money(%d)" % self.cents
    def __str__(self):
        return "$%d.%02d" % (self.cents // 100, self.cents % 100)

m = Money(1234)
print(m)
print(repr(m))
print(str(m))
print([m, Money(5)])
print("value: " + str(m))
