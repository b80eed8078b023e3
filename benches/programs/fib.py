"""Benchmark: naive recursive Fibonacci (function calls, int arithmetic, comparisons)."""


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    total = 0
    for n in range(24, 32):
        total += fib(n) % 1000
    print("fib(30) = %d, checksum = %d" % (fib(30), total))


main()
