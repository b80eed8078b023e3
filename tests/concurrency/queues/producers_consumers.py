# Checks several producers and consumers over one bounded Queue: no item lost or duplicated.
import queue
import threading

q = queue.Queue(maxsize=5)
got = []
lock = threading.Lock()

def produce(base):
    for i in range(100):
        q.put(base * 1000 + i)

def consume():
    mine = []
    while True:
        x = q.get()
        if x is None:
            break
        mine.append(x)
    with lock:
        got.extend(mine)

ps = [threading.Thread(target=produce, args=(b,)) for b in range(4)]
cs = [threading.Thread(target=consume) for _ in range(3)]
for t in ps + cs:
    t.start()
for p in ps:
    p.join()
for _ in cs:
    q.put(None)
for c in cs:
    c.join()
expected = sorted(b * 1000 + i for b in range(4) for i in range(100))
print(len(got), sorted(got) == expected, len(set(got)))
