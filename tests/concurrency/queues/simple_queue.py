# Checks SimpleQueue put/get, get(timeout) raising Empty and a blocking get woken by another thread.
import queue
import threading

sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
sq.put("a"); sq.put_nowait("b"); sq.put("c", block=False)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.get(block=False))
try:
    sq.get(timeout=0.02)
except queue.Empty:
    print("Empty")
try:
    sq.get_nowait()
except queue.Empty:
    print("Empty nowait")
t = threading.Thread(target=lambda: [sq.put(i) for i in range(5)])
t.start()
res = [sq.get(timeout=5) for _ in range(5)]
t.join()
print(res)
