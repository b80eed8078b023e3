# send() passes a value into a paused generator; close() stops it.

def averager():
    total = 0
    count = 0
    average = None
    try:
        while True:
            value = yield average
            total += value
            count += 1
            average = total / count
    finally:
        print("averager closed after", count, "values")


avg = averager()
print(next(avg))
print(avg.send(10))
print(avg.send(20))
print(avg.send(60))
avg.close()
print(next(avg, "finished"))


def chain(*iterables):
    for it in iterables:
        result = yield from it
        print("  sub-iterator returned", result)


def two():
    yield "a"
    yield "b"
    return "done"


print(list(chain([1, 2], two())))
