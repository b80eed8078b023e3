"""Three "downloads" at once on one thread, with asyncio.

Each download awaits asyncio.sleep() where a real one would wait for the
network; while it waits, the event loop runs the others.
"""
import asyncio
import time


async def download(name, seconds):
    print(f"{name}: start")
    await asyncio.sleep(seconds)
    print(f"{name}: done after {seconds} s")
    return len(name) * 100


async def main():
    started = time.monotonic()
    sizes = await asyncio.gather(
        download("index.html", 0.3),
        download("logo.png", 0.1),
        download("style.css", 0.2),
    )
    elapsed = time.monotonic() - started
    print("sizes:", sizes)
    print("all three took less than their sum:", elapsed < 0.6)


asyncio.run(main())
