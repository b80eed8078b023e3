# Checks join(timeout) returning while the thread is still alive, then a full join.
import threading
import time

gate = threading.Event()

def blocked():
    gate.wait()

t = threading.Thread(target=blocked)
print("alive before start:", t.is_alive())
t.start()
start = time.monotonic()
r = t.join(0.05)
elapsed = time.monotonic() - start
print("join returns:", r)
print("still alive:", t.is_alive())
print("waited roughly:", 0.04 <= elapsed < 1.0)
gate.set()
t.join()
print("alive after join:", t.is_alive())
t.join(0.01)
print("joining twice is fine")
