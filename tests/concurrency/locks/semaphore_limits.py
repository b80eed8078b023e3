# Checks Semaphore bounding concurrency to 3 and non-blocking/timeout acquire results.
import threading
import time

sem = threading.Semaphore(3)
lock = threading.Lock()
active = 0
peak = 0

def worker():
    global active, peak
    with sem:
        with lock:
            active += 1
            peak = max(peak, active)
        time.sleep(0.01)
        with lock:
            active -= 1

ts = [threading.Thread(target=worker) for _ in range(10)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak <= 3:", peak <= 3, "active:", active)

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0.02))
s.release(); s.release(); s.release()
print([s.acquire(False) for _ in range(4)])
s.release(2)
print([s.acquire(False) for _ in range(3)])
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
