"""CPU-bound work done serially, in 2 threads and in 2 processes: the table
in the book's chapter on threads and the GIL comes from this script."""
import multiprocessing
import threading
import time

N = 10_000_000


def work(n=N):
    total = 0
    for i in range(n):
        total += i % 7
    return total


def timed(label, run):
    start = time.perf_counter()
    run()
    print("%-12s %.2f s" % (label, time.perf_counter() - start))


def serial():
    work()
    work()


def two_threads():
    ts = [threading.Thread(target=work) for _ in range(2)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()


def two_processes():
    ps = [multiprocessing.Process(target=work) for _ in range(2)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()


if __name__ == "__main__":
    work()  # warm up, untimed
    timed("serial", serial)
    timed("2 threads", two_threads)
    timed("2 processes", two_processes)
