# Checks that `with lock` releases the lock even when the body raises.
import threading

lock = threading.Lock()
rl = threading.RLock()
try:
    with lock:
        print("inside", lock.locked())
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
print("after", lock.locked())
try:
    with rl:
        with rl:
            raise ValueError("deep")
except ValueError:
    pass
got = []
t = threading.Thread(target=lambda: got.append(rl.acquire(blocking=False)))
t.start(); t.join()
print("other thread got rlock:", got)
print(lock.__enter__(), lock.locked())
lock.__exit__(None, None, None)
print(lock.locked())
