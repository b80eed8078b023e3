# Checks PriorityQueue ordering with tuples and LifoQueue with a maxsize, filled from threads.
import queue
import threading

pq = queue.PriorityQueue()
def fill(start):
    for i in range(start, 40, 4):
        pq.put((i % 7, i, f"job{i}"))
ts = [threading.Thread(target=fill, args=(s,)) for s in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
out = []
while not pq.empty():
    out.append(pq.get())
print(out[:6])
print(out == sorted(out), len(out))

lq = queue.LifoQueue(maxsize=3)
for x in "abc":
    lq.put(x)
print(lq.full(), lq.qsize())
try:
    lq.put("d", timeout=0.01)
except queue.Full:
    print("Full")
print([lq.get() for _ in range(3)])
