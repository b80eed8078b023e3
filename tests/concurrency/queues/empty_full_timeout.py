# Checks queue.Empty/queue.Full with nowait and with timeouts, and qsize/empty/full.
import queue
import time

q = queue.Queue(maxsize=2)
print(q.qsize(), q.empty(), q.full(), q.maxsize)
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e))
start = time.monotonic()
try:
    q.get(timeout=0.05)
except queue.Empty:
    print("Empty after timeout", 0.04 <= time.monotonic() - start < 1.0)
try:
    q.get(block=False)
except queue.Empty:
    print("Empty non-blocking")
q.put(1); q.put_nowait(2)
print(q.qsize(), q.empty(), q.full())
try:
    q.put_nowait(3)
except queue.Full as e:
    print("Full", repr(e))
start = time.monotonic()
try:
    q.put(3, timeout=0.05)
except queue.Full:
    print("Full after timeout", 0.04 <= time.monotonic() - start < 1.0)
try:
    q.put(3, False)
except queue.Full:
    print("Full non-blocking")
print(q.get(), q.get(timeout=0.01), q.qsize())
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
print(issubclass(queue.Empty, Exception), queue.Empty.__name__, queue.Full.__name__)
