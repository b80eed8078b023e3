# Checks as_completed and wait(FIRST_COMPLETED / ALL_COMPLETED / FIRST_EXCEPTION) results.
from concurrent.futures import (ThreadPoolExecutor, as_completed, wait,
                                FIRST_COMPLETED, ALL_COMPLETED, FIRST_EXCEPTION)
import threading

with ThreadPoolExecutor(4) as ex:
    fs = [ex.submit(lambda i=i: i * 3) for i in range(10)]
    print(sorted(f.result() for f in as_completed(fs)))

    gate = threading.Event()
    quick = ex.submit(lambda: "quick")
    slow = ex.submit(gate.wait)
    done, not_done = wait([quick, slow], return_when=FIRST_COMPLETED)
    print(quick in done, slow in not_done, len(done), len(not_done))
    done, not_done = wait([quick, slow], timeout=0.05)
    print(len(done), len(not_done))
    gate.set()
    done, not_done = wait([quick, slow], return_when=ALL_COMPLETED)
    print(len(done), len(not_done), slow.result())

    g2 = threading.Event()
    bad = ex.submit(lambda: 1 / 0)
    hang = ex.submit(g2.wait)
    done, not_done = wait([bad, hang], return_when=FIRST_EXCEPTION)
    print(bad in done, hang in not_done)
    g2.set()
    try:
        for f in as_completed([hang], timeout=5):
            print("as_completed:", f.result())
    finally:
        pass
