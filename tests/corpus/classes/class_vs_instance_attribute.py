class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count

a = Counter()
b = Counter()
c = Counter()
print(Counter.count, a.count, b.id, c.id)
a.count = 100
print(a.count, Counter.count, b.count)
del a.count
print(a.count)
