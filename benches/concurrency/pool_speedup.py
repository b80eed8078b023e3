"""CPU-bound work serially and on Pool(2): processes run in parallel.

Prints `serial S pool R speedup X` (seconds); benches/compare.py reads it."""

import multiprocessing
import time


def work(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


if __name__ == "__main__":
    jobs = [1_000_000] * 16
    start = time.perf_counter()
    serial = [work(n) for n in jobs]
    serial_time = time.perf_counter() - start
    with multiprocessing.Pool(2) as pool:
        start = time.perf_counter()
        parallel = pool.map(work, jobs)
        pool_time = time.perf_counter() - start
    assert serial == parallel
    print("serial %.3f pool %.3f speedup %.2f" % (serial_time, pool_time, serial_time / pool_time))
