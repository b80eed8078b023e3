# Checks Event.wait(timeout) return values, set/clear/is_set, and waking a waiting thread.
import threading

e = threading.Event()
print(e.is_set(), e.wait(0.02), e.wait(timeout=0))
e.set()
print(e.is_set(), e.wait(0.02), e.wait())
e.clear()
print(e.is_set(), e.wait(0.01))

results = []
def waiter(i):
    results.append((i, e.wait(5)))
ts = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
e.set()
for t in ts:
    t.join()
print(sorted(results))
