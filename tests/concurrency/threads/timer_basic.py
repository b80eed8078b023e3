# Checks Timer firing after its interval, cancel() preventing it, and Timer args.
import threading
import time

fired = []
t = threading.Timer(0.05, fired.append, args=("tick",))
start = time.monotonic()
t.start()
t.join()
print(fired, time.monotonic() - start >= 0.04)

c = threading.Timer(5.0, fired.append, args=("never",))
c.start()
c.cancel()
c.join()
print(fired, c.is_alive())

kw = []
t3 = threading.Timer(0.01, lambda a, b=0: kw.append(a + b), args=(1,), kwargs={"b": 41})
t3.start()
t3.join()
print(kw)
print(isinstance(t3, threading.Thread))
