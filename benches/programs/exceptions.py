"""Benchmark: an exception-heavy loop (raise, except, finally, custom exception classes)."""


class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        AppError.__init__(self, key)
        self.key = key


def lookup(d, key):
    if key not in d:
        raise NotFound(key)
    return d[key]


def parse(s):
    try:
        return int(s)
    except ValueError:
        return -1


def main():
    d = {}
    for i in range(0, 1000, 3):
        d[i] = i * 2
    hits = 0
    misses = 0
    cleanups = 0
    for r in range(400):
        for key in range(1000):
            try:
                hits += lookup(d, key)
            except AppError as e:
                misses += e.key % 7
            finally:
                cleanups += 1
    bad = 0
    for i in range(300000):
        try:
            bad += parse("x" if i % 2 else "12")
        except Exception:
            bad -= 1000
        try:
            x = [1, 2, 3][i % 5]
        except IndexError:
            x = 0
        bad += x
    print("exceptions: %d %d %d %d" % (hits, misses, cleanups, bad))


main()
