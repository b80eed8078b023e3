# Checks Condition wait_for/notify between a producer and consumers; consumed items are sorted.
import threading

cond = threading.Condition()
items = []
done = False
consumed = []

def consumer():
    while True:
        with cond:
            cond.wait_for(lambda: items or done)
            if not items and done:
                return
            consumed.append(items.pop(0))

def producer():
    global done
    for i in range(50):
        with cond:
            items.append(i)
            cond.notify()
    with cond:
        done = True
        cond.notify_all()

cs = [threading.Thread(target=consumer) for _ in range(3)]
for c in cs:
    c.start()
p = threading.Thread(target=producer)
p.start()
p.join()
for c in cs:
    c.join()
print(sorted(consumed) == list(range(50)), len(consumed))
