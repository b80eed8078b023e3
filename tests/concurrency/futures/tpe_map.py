# Checks Executor.map keeps input order, zips several iterables, and re-raises an error when iterated.
from concurrent.futures import ThreadPoolExecutor
import time

def slow_neg(x):
    time.sleep(0.01 * (5 - x) if x < 5 else 0)
    return -x

with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(slow_neg, range(8))))
    print(list(ex.map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])))
    print(list(ex.map(str.upper, "abc", timeout=5)))
    it = ex.map(lambda x: 10 // x, [5, 2, 0, 1])
    got = []
    try:
        for v in it:
            got.append(v)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e, got)
