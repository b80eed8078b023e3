from functools import total_ordering
@total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
    def __lt__(self, o):
        return self.n < o.n
a, b = Version(1), Version(2)
print(a < b, a <= b, a > b, a >= b, b >= a)
