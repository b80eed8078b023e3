# Checks Future.result(timeout) raising TimeoutError while the work is still running.
import concurrent.futures as cf
import threading

gate = threading.Event()
with cf.ThreadPoolExecutor(1) as ex:
    f = ex.submit(gate.wait)
    try:
        f.result(timeout=0.05)
    except cf.TimeoutError as e:
        print("TimeoutError", type(e).__name__, cf.TimeoutError is TimeoutError)
    print(f.done(), f.running())
    try:
        f.exception(timeout=0.01)
    except TimeoutError:
        print("exception() timed out too")
    try:
        for _ in cf.as_completed([f], timeout=0.02):
            pass
    except TimeoutError as e:
        print("as_completed:", e)
    gate.set()
    print(f.result(timeout=5), f.done())
