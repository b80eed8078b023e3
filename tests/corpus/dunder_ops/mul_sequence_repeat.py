class Word:
    def __init__(self, w):
        self.w = w
    def __mul__(self, n):
        return Word(self.w * n)
    __rmul__ = __mul__
    def __str__(self):
        return self.w

print(Word("ab") * 3)
print(3 * Word("xy"))
