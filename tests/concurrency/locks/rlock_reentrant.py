# Checks RLock re-entrance, release by a non-owner, and blocking of other threads while held.
import threading

r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire())
other = []
def try_other():
    other.append(r.acquire(blocking=False))
    try:
        r.release()
    except RuntimeError as e:
        other.append(str(e))
t = threading.Thread(target=try_other)
t.start(); t.join()
print(other)
r.release(); r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

def recurse(n):
    with r:
        return 0 if n == 0 else n + recurse(n - 1)
print(recurse(50))
got = []
t = threading.Thread(target=lambda: got.append(r.acquire(blocking=False)))
t.start(); t.join()
print(got)
