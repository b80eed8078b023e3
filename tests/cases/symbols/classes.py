factor = 2

class Scaler:
    factor = 10

    def __init__(self, value):
        self.value = value

    def scaled(self):
        return self.value * factor

    def make_adder(self):
        return lambda n: self.value + n

print(Scaler(3).scaled(), Scaler(1).make_adder()(2))
