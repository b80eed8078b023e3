class Even(int):
    def is_even(self):
        return self % 2 == 0

e = Even(10)
print(e + 1, e.is_even(), Even(7).is_even())
print(type(e + 1).__name__, type(e).__name__)
