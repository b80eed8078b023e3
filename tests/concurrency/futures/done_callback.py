# Checks add_done_callback: called after completion, and immediately for an already-done future.
from concurrent.futures import ThreadPoolExecutor, Future
import threading

calls = []
lock = threading.Lock()
def cb(fut):
    with lock:
        calls.append(("cb", fut.result()))

with ThreadPoolExecutor(2) as ex:
    fs = [ex.submit(lambda i=i: i + 100) for i in range(4)]
    for f in fs:
        f.add_done_callback(cb)
print(sorted(calls))
late = []
fs[0].add_done_callback(lambda f: late.append(f.result()))
print("immediate:", late)

f = Future()
f.add_done_callback(lambda fut: late.append(("manual", fut.result())))
print(f.done(), late)
f.set_result("value")
print(f.done(), late)
err = Future()
err.add_done_callback(lambda fut: late.append(type(fut.exception()).__name__))
err.set_exception(OSError("x"))
print(late[-1])
