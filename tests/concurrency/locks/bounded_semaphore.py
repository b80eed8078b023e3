# Checks BoundedSemaphore raising ValueError when released too many times.
import threading

b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
plain = threading.Semaphore(2)
plain.release()
print("plain semaphore allows extra release:", [plain.acquire(False) for _ in range(4)])
with b:
    with b:
        print("inside two levels", b.acquire(blocking=False))
print("after", b.acquire(blocking=False), b.acquire(blocking=False), b.acquire(blocking=False))
