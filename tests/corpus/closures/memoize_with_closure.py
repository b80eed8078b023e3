def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper
calls = [0]
def slow_square(n):
    calls[0] += 1
    return n * n
fast = memoize(slow_square)
print(fast(4), fast(4), fast(5), fast(4))
print('calls', calls[0])
def fib(n):
    if n < 2:
        return n
    return mfib(n - 1) + mfib(n - 2)
mfib = memoize(fib)
print(mfib(90))
