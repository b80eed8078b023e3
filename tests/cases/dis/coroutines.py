# await, async with, async for and an async generator, as CPython 3.11 compiles them.
async def fetch(source):
    async with source as conn:
        data = await conn.read()
    return data


async def ticks(n):
    for i in range(n):
        yield i


async def total(n):
    s = 0
    async for t in ticks(n):
        s += t
    return s
