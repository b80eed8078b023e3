# 'async for' is only allowed in an async function.
def f(items):
    async for x in items:
        print(x)
