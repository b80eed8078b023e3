# Scopes: local, global, nonlocal, free and cell variables.
counter = 0


def bump():
    global counter
    counter += 1
    return counter


def make_adder(n):
    def add(x):
        return x + n
    return add


def make_counter():
    count = 0

    def increment():
        nonlocal count
        count += 1
        return count
    return increment


bump()
bump()
add5 = make_adder(5)
tick = make_counter()
tick()
print(counter, add5(10), tick())
