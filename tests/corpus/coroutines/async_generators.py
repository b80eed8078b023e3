# Async generators: async for over them, chained, __anext__/asend/aclose/athrow, and the RuntimeErrors for reuse, ignored GeneratorExit and StopAsyncIteration raised inside.
class Sleep:
    def __await__(self):
        got = yield "sleeping"
        return got

async def countdown(n):
    try:
        while n > 0:
            await Sleep()
            yield n
            n -= 1
    finally:
        print("countdown cleanup")

async def squares(agen):
    async for v in agen:
        yield v * v

async def main():
    out = []
    async for x in squares(countdown(3)):
        out.append(x)
    print(out)
    g = countdown(5)
    print(await g.__anext__())
    print(await g.asend(None))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted after aclose")
    g2 = countdown(2)
    print(await g2.__anext__())
    try:
        await g2.athrow(ValueError("bad"))
    except ValueError as e:
        print("athrow raised", e)
    return "done"

def run(coro):
    steps = 0
    while True:
        try:
            coro.send(None)
            steps += 1
        except StopIteration as e:
            return e.value, steps

print(run(main()))

async def simple():
    yield 1
    yield 2

a = simple()
print(type(a).__name__, type(a.__anext__()).__name__)
print(a.__aiter__() is a)
aw = a.__anext__()
try:
    aw.send(None)
except StopIteration as e:
    print("first", e.value)
try:
    aw.send(None)
except RuntimeError as e:
    print(e)

async def catcher():
    try:
        yield 1
    except GeneratorExit:
        yield 2

c = catcher()
try:
    c.__anext__().send(None)
except StopIteration as e:
    print("got", e.value)
try:
    c.aclose().send(None)
except RuntimeError as e:
    print(e)

async def stopper():
    raise StopAsyncIteration
    yield

try:
    stopper().__anext__().send(None)
except RuntimeError as e:
    print(e)
