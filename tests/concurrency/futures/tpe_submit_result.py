# Checks ThreadPoolExecutor submit/result, done(), and the context manager waiting for work.
from concurrent.futures import ThreadPoolExecutor, Future
import time

def square(x, plus=0):
    time.sleep(0.005)
    return x * x + plus

with ThreadPoolExecutor(max_workers=3) as ex:
    futs = [ex.submit(square, i, plus=1) for i in range(8)]
    print([f.result() for f in futs])
print(all(f.done() for f in futs))
print(isinstance(futs[0], Future))
ex2 = ThreadPoolExecutor(2)
f = ex2.submit(pow, 2, 100)
print(f.result(timeout=5))
ex2.shutdown(wait=True)
print(f.done(), f.exception())
