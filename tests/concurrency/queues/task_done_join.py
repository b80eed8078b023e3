# Checks task_done/join with worker threads and ValueError when task_done is called too often.
import queue
import threading

q = queue.Queue()
processed = []
lock = threading.Lock()

def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        with lock:
            processed.append(item * item)
        q.task_done()

ws = [threading.Thread(target=worker) for _ in range(3)]
for w in ws:
    w.start()
for i in range(20):
    q.put(i)
q.join()
print("all processed:", sorted(processed) == [i * i for i in range(20)])
for _ in ws:
    q.put(None)
q.join()
for w in ws:
    w.join()
print("unfinished zero, empty:", q.empty())
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
q2 = queue.Queue()
q2.join()
print("join on fresh queue returns")
