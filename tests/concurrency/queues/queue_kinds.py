# Checks FIFO Queue, LifoQueue, PriorityQueue and SimpleQueue ordering.
import queue

q = queue.Queue()
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
sq = queue.SimpleQueue()
for x in [5, 1, 4, 2, 3]:
    q.put(x); lq.put(x); pq.put(x); sq.put(x)
print([q.get() for _ in range(5)])
print([lq.get() for _ in range(5)])
print([pq.get() for _ in range(5)])
print([sq.get() for _ in range(5)])
pq.put((2, "b")); pq.put((1, "z")); pq.put((2, "a")); pq.put((0, "first"))
print([pq.get_nowait() for _ in range(4)])
print(q.empty(), lq.empty(), pq.empty(), sq.empty())
print(sq.qsize(), q.qsize())
