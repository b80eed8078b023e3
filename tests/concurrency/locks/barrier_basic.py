# Checks Barrier wait indices, the action run once, reset/abort and BrokenBarrierError on timeout.
import threading

actions = []
b = threading.Barrier(4, action=lambda: actions.append("action"))
indices = []
lock = threading.Lock()
def party():
    i = b.wait()
    with lock:
        indices.append(i)
ts = [threading.Thread(target=party) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(indices), actions, b.parties, b.n_waiting, b.broken)

b2 = threading.Barrier(3)
errs = []
def lonely():
    try:
        b2.wait(timeout=0.05)
    except threading.BrokenBarrierError:
        errs.append("broken")
t = threading.Thread(target=lonely)
t.start(); t.join()
print(errs, b2.broken)
b2.reset()
print(b2.broken)
b2.abort()
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print("BrokenBarrierError", type(e).__mro__[1].__name__)
