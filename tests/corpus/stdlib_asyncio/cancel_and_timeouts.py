# Cancelling a task, wait_for with a timeout (asyncio.TimeoutError is TimeoutError), wait with FIRST_COMPLETED, and a task's exception.
import asyncio


async def sleeper(label, delay):
    try:
        await asyncio.sleep(delay)
        print(label, "woke")
        return label
    except asyncio.CancelledError:
        print(label, "was cancelled")
        raise


async def main():
    slow = asyncio.create_task(sleeper("slow", 10))
    await asyncio.sleep(0)
    print("cancel returns", slow.cancel())
    try:
        await slow
    except asyncio.CancelledError:
        print("cancelled:", slow.cancelled(), slow.done())

    try:
        await asyncio.wait_for(sleeper("waited", 10), timeout=0.02)
    except asyncio.TimeoutError as e:
        print("timed out", type(e).__name__, asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(sleeper("quick", 0.01), timeout=1))

    fast = asyncio.create_task(sleeper("fast", 0.01))
    lazy = asyncio.create_task(sleeper("lazy", 5))
    done, pending = await asyncio.wait([fast, lazy], return_when=asyncio.FIRST_COMPLETED)
    print(done == {fast}, pending == {lazy})
    lazy.cancel()
    await asyncio.sleep(0)

    async def boom():
        raise RuntimeError("boom")

    t = asyncio.create_task(boom())
    await asyncio.sleep(0)
    print(t.done(), repr(t.exception()))
    try:
        t.result()
    except RuntimeError as e:
        print("result raised", e)


asyncio.run(main())
print("loop closed; running again:", asyncio.run(sleeper("again", 0)))
