counter_total = 0

def make_counter(start):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count

    def peek():
        return count

    return increment, peek

def bump_total():
    global counter_total
    counter_total += 1

inc, peek = make_counter(10)
inc()
print(peek(), counter_total)
