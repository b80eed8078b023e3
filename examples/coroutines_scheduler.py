"""A round-robin scheduler for coroutines, in a few lines of Python.

Each `await Pause(...)` suspends a task's whole stack of coroutines and
hands the Pause object to the scheduler, which resumes the next task.
"""


class Pause:
    """An awaitable: its __await__ generator yields once to the scheduler."""

    def __init__(self, reason):
        self.reason = reason

    def __await__(self):
        yield self.reason


async def fetch(name, parts):
    data = []
    for i in range(parts):
        await Pause(name + " waits")
        data.append(name + str(i))
    return data


async def task(name, parts):
    data = await fetch(name, parts)
    print(name, "got", data)
    return len(data)


def run(*coroutines):
    ready = list(coroutines)
    results = []
    while ready:
        coro = ready.pop(0)
        try:
            reason = coro.send(None)
        except StopIteration as done:
            results.append(done.value)
        else:
            print("  switch:", reason)
            ready.append(coro)
    return results


print(run(task("a", 2), task("b", 3)))
