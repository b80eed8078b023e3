# break and return inside async for / async with still run __aexit__.
class Manager:
    async def __aenter__(self):
        print("enter")
        return self
    async def __aexit__(self, *exc):
        print("exit", exc[0])

class Count:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.n += 1
        if self.n > 10:
            raise StopAsyncIteration
        return self.n

async def first_even():
    async for n in Count():
        if n % 2 == 0:
            break
    else:
        print("no even")
    async with Manager():
        async for n in Count():
            if n == 3:
                return n * 100
    return -1

async def no_break():
    async for n in Count():
        pass
    else:
        print("loop ended, n =", n)

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value

print(run(first_even()))
print(run(no_break()))
