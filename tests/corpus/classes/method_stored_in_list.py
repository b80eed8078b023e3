class Acc:
    def __init__(self):
        self.total = 0
    def add(self, n):
        self.total += n

a = Acc()
ops = [a.add, a.add, a.add]
for i, op in enumerate(ops):
    op(i * 10)
print(a.total)
