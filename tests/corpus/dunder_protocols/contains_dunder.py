class Range2:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __contains__(self, x):
        print("contains?", x)
        return self.lo <= x < self.hi

r = Range2(1, 5)
print(3 in r)
print(9 in r)
print(9 not in r)
