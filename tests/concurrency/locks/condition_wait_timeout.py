# Checks Condition.wait(timeout) and wait_for(predicate, timeout) return values.
import threading

cond = threading.Condition()
with cond:
    print(cond.wait(0.03))
    print(cond.wait_for(lambda: 0, timeout=0.03))
    print(cond.wait_for(lambda: "ready", timeout=0.03))

state = {"go": False}
def setter():
    with cond:
        state["go"] = True
        cond.notify_all()
with cond:
    t = threading.Thread(target=setter)
    t.start()
    print(cond.wait_for(lambda: state["go"], timeout=5))
t.join()

lock = threading.RLock()
c2 = threading.Condition(lock)
with c2:
    with c2:
        print(c2.wait(0.01))
print("rlock free:", lock.acquire(blocking=False))
lock.release()
