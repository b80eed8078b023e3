# Coroutines driven by hand: await on custom awaitables, async for over an async iterator, async with (suppressing and not), close() and throw().
# A tiny round-robin scheduler driving coroutines by hand with send().
class Sleep:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        got = yield self.label
        return got

class Ticker:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Sleep("tick")
        return self.i

class Resource:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("open", self.name)
        await Sleep("opening")
        return self
    async def __aexit__(self, typ, exc, tb):
        print("close", self.name, typ.__name__ if typ else None)
        return typ is KeyError

async def add(a, b):
    r = await Sleep("adding")
    return a + b + (r or 0)

async def worker(name, n):
    total = 0
    async for i in Ticker(n):
        total += await add(i, 0)
    async with Resource(name) as r:
        print("using", r.name)
    async with Resource(name + "-k"):
        raise KeyError("swallowed")
    try:
        async with Resource(name + "-v"):
            raise ValueError("kept")
    except ValueError as e:
        print("caught", e)
    return name, total

def run(coros):
    results = {}
    queue = list(coros)
    steps = 0
    while queue:
        coro = queue.pop(0)
        try:
            what = coro.send(None)
            steps += 1
            queue.append(coro)
        except StopIteration as stop:
            name, total = stop.value
            results[name] = total
    return results, steps

print(run([worker("a", 3), worker("b", 2)]))

async def fails():
    await Sleep("x")
    raise RuntimeError("boom")

c = fails()
print(c.send(None))
try:
    c.send(None)
except RuntimeError as e:
    print("error:", e)

async def cleanup():
    try:
        await Sleep("wait")
    finally:
        print("finally ran")

c = cleanup()
c.send(None)
c.close()
c = cleanup()
c.send(None)
try:
    c.throw(ValueError("thrown"))
except ValueError as e:
    print("thrown back:", e)

async def inner():
    return 5
async def outer():
    x = await inner()
    y = await inner()
    return x * y
try:
    outer().send(None)
except StopIteration as e:
    print("outer", e.value)
print(type(outer).__name__)
