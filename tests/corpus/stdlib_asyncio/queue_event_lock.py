# asyncio.Queue between a producer and a consumer, Event waking several waiters in order, and Lock taking turns.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=2)

    async def producer():
        for i in range(5):
            await q.put(i)
            print("put", i, "size", q.qsize())
        await q.put(None)

    async def consumer():
        while True:
            item = await q.get()
            q.task_done()
            if item is None:
                break
            print("got", item)

    await asyncio.gather(producer(), consumer())
    await q.join()
    print("empty", q.empty())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")

    ev = asyncio.Event()

    async def waiter(k):
        await ev.wait()
        print("waiter", k, "released")

    tasks = [asyncio.create_task(waiter(k)) for k in range(3)]
    await asyncio.sleep(0)
    print("setting", ev.is_set())
    ev.set()
    await asyncio.gather(*tasks)

    lock = asyncio.Lock()

    async def locked(k):
        async with lock:
            print("in", k, lock.locked())
            await asyncio.sleep(0)
            print("out", k)

    await asyncio.gather(locked(1), locked(2), locked(3))
    print("unlocked", not lock.locked())

    sem = asyncio.Semaphore(2)

    async def limited(k):
        async with sem:
            print("start", k)
            await asyncio.sleep(0.01 * (k + 1))
            print("end", k)

    await asyncio.gather(*(limited(k) for k in range(4)))


asyncio.run(main())
