# Asynchronous list, set and dict comprehensions, await inside a comprehension, and async generator expressions.
class Sleep:
    def __await__(self):
        yield "tick"
        return 1

async def numbers(n):
    for i in range(n):
        await Sleep()
        yield i

async def double(x):
    await Sleep()
    return x * 2

async def main():
    print([x async for x in numbers(5)])
    print({x % 3 async for x in numbers(7)})
    print({x: x * x async for x in numbers(4) if x % 2})
    print([await double(x) for x in range(3)])
    print([y for x in range(3) async for y in numbers(x)])
    gen = (x * 10 async for x in numbers(3))
    print(type(gen).__name__)
    print([v async for v in gen])
    total = 0
    async for v in (await double(x) async for x in numbers(4)):
        total += v
    print(total)

def run(coro):
    n = 0
    while True:
        try:
            coro.send(None)
            n += 1
        except StopIteration as e:
            return n

print(run(main()))
