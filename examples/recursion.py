# Recursion: the towers of Hanoi, and Fibonacci with a memo dict.

def hanoi(n, source, target, spare, moves):
    if n == 0:
        return
    hanoi(n - 1, source, spare, target, moves)
    moves.append("%s->%s" % (source, target))
    hanoi(n - 1, spare, target, source, moves)


moves = []
hanoi(3, "A", "C", "B", moves)
print("%d moves: %s" % (len(moves), " ".join(moves)))
for n in range(1, 11):
    steps = []
    hanoi(n, "A", "C", "B", steps)
    assert len(steps) == 2 ** n - 1

memo = {0: 0, 1: 1}


def fib(n):
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]


print([fib(i) for i in range(15)])
print("fib(90) =", fib(90))
print("memo holds %d values" % len(memo))


def flatten(items):
    flat = []
    for item in items:
        if isinstance(item, list):
            flat.extend(flatten(item))
        else:
            flat.append(item)
    return flat


print(flatten([1, [2, [3, [4, 5]], 6], [[7]], 8]))
