# Checks that blocked get()/put() calls are woken by another thread.
import queue
import threading

q = queue.Queue(maxsize=1)
log = []
def consumer():
    for _ in range(3):
        log.append(("got", q.get()))
c = threading.Thread(target=consumer)
c.start()
for x in ("x", "y", "z"):
    q.put(x)
c.join()
print(log)

box = queue.Queue(maxsize=1)
box.put("full")
done = threading.Event()
def blocked_put():
    box.put("second")
    done.set()
t = threading.Thread(target=blocked_put)
t.start()
print("put blocked:", not done.wait(0.05))
print(box.get())
print("put finished:", done.wait(5))
t.join()
print(box.get_nowait(), box.empty())
