"""The same CPU-bound work serially and on 2 threads: under the GIL the
threads take turns, so there is no speed-up.

Prints `serial S threads T speedup X` (seconds)."""

import threading
import time


def work(n, out, i):
    total = 0
    for k in range(n):
        total += k * k % 7
    out[i] = total


if __name__ == "__main__":
    n = 1_200_000
    out = [0, 0]
    start = time.perf_counter()
    work(n, out, 0)
    work(n, out, 1)
    serial_time = time.perf_counter() - start
    threads = [threading.Thread(target=work, args=(n, out, i)) for i in range(2)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    threads_time = time.perf_counter() - start
    print("serial %.3f threads %.3f speedup %.2f" % (serial_time, threads_time, serial_time / threads_time))
