def counted():
    calls = 0
    def inc(x):
        nonlocal calls
        calls += 1
        return x + 1
    out = [inc(v) for v in range(5)]
    return out, calls

print(counted())
