# Checks shutdown(): submit afterwards raises RuntimeError, already-submitted work still completes.
from concurrent.futures import ThreadPoolExecutor
import time

ex = ThreadPoolExecutor(max_workers=2)
fs = [ex.submit(lambda i=i: (time.sleep(0.01), i)[1]) for i in range(5)]
ex.shutdown(wait=True)
print([f.result() for f in fs])
try:
    ex.submit(print, "never")
except RuntimeError as e:
    print("RuntimeError:", e)
with ThreadPoolExecutor(1) as ex2:
    pass
try:
    ex2.submit(abs, -1)
except RuntimeError as e:
    print("after with:", e)
try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("ValueError:", e)
