class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        y, m, d = s.split("-")
        return cls(int(y), int(m), int(d))
    def __repr__(self):
        return "Date(%d, %d, %d)" % (self.y, self.m, self.d)

print(Date.from_string("2024-03-15"))
print(Date(1, 2, 3).from_string("1999-12-31"))
