# Checks RuntimeError on releasing an unlocked Lock, and that a lock may be released by another thread.
import threading

lock = threading.Lock()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)

lock.acquire()
t = threading.Thread(target=lock.release)
t.start()
t.join()
print("released by other thread:", not lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("again:", e)
