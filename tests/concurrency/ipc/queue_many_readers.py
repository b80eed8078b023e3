# One multiprocessing.Queue read by 3 processes: every item is taken exactly once.
import multiprocessing


def reader(tasks, results):
    while True:
        item = tasks.get()
        if item is None:
            break
        results.put(item * item)


if __name__ == "__main__":
    tasks = multiprocessing.Queue()
    results = multiprocessing.Queue()
    readers = [multiprocessing.Process(target=reader, args=(tasks, results)) for _ in range(3)]
    for r in readers:
        r.start()
    for i in range(200):
        tasks.put(i)
    for _ in readers:
        tasks.put(None)
    got = sorted(results.get(timeout=10) for _ in range(200))
    for r in readers:
        r.join()
    print(len(got), got == sorted(i * i for i in range(200)), [r.exitcode for r in readers])
