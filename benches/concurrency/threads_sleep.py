"""50 threads that each sleep 0.2 s: sleeping releases the GIL, so they
all sleep at once.

Prints `threads 50 elapsed E` (seconds)."""

import threading
import time

if __name__ == "__main__":
    threads = [threading.Thread(target=time.sleep, args=(0.2,)) for _ in range(50)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("threads 50 elapsed %.3f" % (time.perf_counter() - start))
