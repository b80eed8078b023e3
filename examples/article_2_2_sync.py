# Article 2.2.2: Lock, Semaphore and Event shared between processes.
import multiprocessing
import time


def add_many(total, lock, times):
    for _ in range(times):
        with lock:  # read, add, write back: one process at a time
            total.value += 1


def limited(slots, inside, peak, start):
    start.wait()  # every child waits for the parent's signal
    with slots:   # at most two children past this line at once
        with inside.get_lock():
            inside.value += 1
            peak.value = max(peak.value, inside.value)
        time.sleep(0.02)
        with inside.get_lock():
            inside.value -= 1


if __name__ == "__main__":
    total = multiprocessing.Value("i", 0)  # an int in shared memory
    lock = multiprocessing.Lock()
    workers = [multiprocessing.Process(target=add_many, args=(total, lock, 250))
               for _ in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print("total after 4 x 250 locked additions:", total.value)

    slots = multiprocessing.Semaphore(2)
    start = multiprocessing.Event()
    inside = multiprocessing.Value("i", 0)
    peak = multiprocessing.Value("i", 0)
    children = [multiprocessing.Process(target=limited, args=(slots, inside, peak, start))
                for _ in range(5)]
    for c in children:
        c.start()
    print("event set before start?", start.is_set())
    start.set()  # release all five at once
    for c in children:
        c.join()
    print("never more than 2 inside at once:", 1 <= peak.value <= 2)
    print("exit codes:", [c.exitcode for c in children])
