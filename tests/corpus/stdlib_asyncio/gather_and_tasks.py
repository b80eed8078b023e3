# asyncio.run, gather (results in argument order), create_task, sleep(0) giving other tasks a turn, and timers firing by deadline.
import asyncio


async def worker(name, n):
    for i in range(n):
        await asyncio.sleep(0)
        print(f"{name} step {i}")
    return name.upper()


async def timed(name, delay):
    await asyncio.sleep(delay)
    print(name, "woke")
    return delay


async def failing():
    await asyncio.sleep(0.01)
    raise ValueError("bad worker")


async def main():
    print("start")
    results = await asyncio.gather(worker("a", 3), worker("b", 2))
    print(results)
    print(await asyncio.gather(timed("late", 0.25), timed("early", 0.05), timed("middle", 0.15)))
    task = asyncio.create_task(worker("c", 2))
    print("created", task.done(), task.get_name().startswith("Task-"))
    await asyncio.sleep(0)
    print("after sleep(0)")
    print(await task, task.done(), task.result())
    mixed = await asyncio.gather(failing(), worker("d", 1), return_exceptions=True)
    print([type(x).__name__ for x in mixed])
    try:
        await asyncio.gather(failing(), worker("e", 1))
    except ValueError as e:
        print("gather raised", e)
    print(await asyncio.gather())
    return 42


print(asyncio.run(main()))
