# Checks acquire(blocking=False) and acquire(timeout=...) return values on a held lock.
import threading
import time

lock = threading.Lock()
print(lock.acquire())
print(lock.locked())
print(lock.acquire(blocking=False))
print(lock.acquire(False))
start = time.monotonic()
print(lock.acquire(timeout=0.05))
print(0.04 <= time.monotonic() - start < 1.0)
results = []
def try_it():
    results.append(lock.acquire(timeout=0.02))
t = threading.Thread(target=try_it)
t.start(); t.join()
print(results)
lock.release()
print(lock.acquire(timeout=0.05))
lock.release()
try:
    lock.acquire(False, 1.0)
except ValueError as e:
    print("ValueError:", e)
try:
    lock.acquire(timeout=-5)
except ValueError as e:
    print("ValueError:", e)
