def repeat(times):
    def deco(fn):
        def wrapper(*a, **k):
            return [fn(*a, **k) for _ in range(times)]
        return wrapper
    return deco

@repeat(3)
def roll(x):
    return x * 2

print(roll(5))
print(repeat(2)(len)("abc"))
