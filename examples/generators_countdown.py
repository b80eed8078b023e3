# A generator function, small enough to read its bytecode.

def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"


gen = countdown(3)
print(next(gen), next(gen), next(gen))
try:
    next(gen)
except StopIteration as stop:
    print("StopIteration:", stop.value)
print(next(gen, "exhausted"))
