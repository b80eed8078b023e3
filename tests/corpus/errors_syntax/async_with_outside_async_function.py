# 'async with' is only allowed in an async function.
def f(lock):
    async with lock:
        pass
