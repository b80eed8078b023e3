"""Benchmark: nested integer loops (for over range, while, int arithmetic, bit ops)."""


def triple_loop(n):
    acc = 0
    for i in range(n):
        for j in range(n):
            for k in range(n):
                acc = (acc + i * j ^ k) & 0xFFFFFF
    return acc


def while_loop(limit):
    i = 0
    s = 0
    while i < limit:
        if i % 3 == 0:
            s += i
        elif i % 5 == 0:
            s -= i // 5
        else:
            s ^= i
        i += 1
    return s


def main():
    a = triple_loop(200)
    b = while_loop(3000000)
    print("loops: %d %d" % (a, b))


main()
