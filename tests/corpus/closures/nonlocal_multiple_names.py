def stats():
    count = 0
    total = 0
    def add(v):
        nonlocal count, total
        count += 1
        total += v
        return total / count
    return add
avg = stats()
print(avg(10))
print(avg(20))
print(avg(0))
