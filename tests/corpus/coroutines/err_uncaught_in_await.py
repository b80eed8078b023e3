# An exception raised two awaits deep ends the program with a traceback through every coroutine.
async def parse(text):
    return int(text)

async def load(items):
    out = []
    for item in items:
        out.append(await parse(item))
    return out

async def main():
    print(await load(["1", "2"]))
    print(await load(["3", "x"]))

coro = main()
coro.send(None)
