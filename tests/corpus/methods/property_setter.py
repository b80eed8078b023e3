class Temperature:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        print("setting", value)
        self._c = value
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temperature()
t.celsius = 100
print(t.celsius, t.fahrenheit)
t.celsius -= 40
print(t.celsius, t.fahrenheit)
