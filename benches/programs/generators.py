"""Benchmark: a pipeline of generators (yield, for over generators, generator expressions)."""


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x


def squares(xs):
    for x in xs:
        yield x * x


def windows(xs, k):
    buf = []
    for x in xs:
        buf.append(x)
        if len(buf) == k:
            yield buf[0] + buf[-1]
            buf = buf[1:]


def take(xs, n):
    for x in xs:
        if n <= 0:
            return
        n -= 1
        yield x


def main():
    total = 0
    for r in range(9):
        pipe = windows(squares(evens(numbers(400000))), 4)
        for v in take(pipe, 150000):
            total = (total + v) % 1000000007
        total += sum(x % 11 for x in numbers(100000))
    print("generators: %d" % total)


main()
