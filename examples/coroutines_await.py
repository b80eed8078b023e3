async def double(x):
    return x * 2


async def main():
    y = await double(21)
    return y


coro = main()
try:
    coro.send(None)
except StopIteration as stop:
    print("main returned", stop.value)
print(type(coro).__name__)
