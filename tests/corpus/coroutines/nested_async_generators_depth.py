# 900 async generators, each iterating the next with async for: each level costs one level of the recursion limit, as in CPython.
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value


async def chain(n):
    if n:
        async for x in chain(n - 1):
            yield x
    yield n


async def last(n):
    out = [x async for x in chain(n)]
    return len(out), out[-1]


async def count(n):
    return 1 + await count(n - 1) if n else 0


print(run(last(900)))
print(run(count(900)))
try:
    run(last(5000))
except RecursionError as e:
    print("RecursionError:", e)
