# asyncio.run, gather (in argument order), create_task, sleep(0) giving other tasks a turn, and timers firing by deadline.
import asyncio


async def worker(name, delay, n):
    for i in range(n):
        await asyncio.sleep(delay)
        print(f"{name} step {i}")
    return name.upper()


async def failing():
    await asyncio.sleep(0.01)
    raise ValueError("bad worker")


async def main():
    print("start")
    results = await asyncio.gather(worker("a", 0.02, 3), worker("b", 0.05, 2))
    print(results)
    task = asyncio.create_task(worker("c", 0, 2))
    print("created", task.done(), task.get_name().startswith("Task-"))
    await asyncio.sleep(0)
    print("after sleep(0)")
    print(await task, task.done(), task.result())
    mixed = await asyncio.gather(failing(), worker("d", 0.03, 1), return_exceptions=True)
    print([type(x).__name__ for x in mixed])
    try:
        await asyncio.gather(failing(), worker("e", 0.03, 1))
    except ValueError as e:
        print("gather raised", e)
    await asyncio.sleep(0.05)
    print(await asyncio.gather())
    return 42


print(asyncio.run(main()))
