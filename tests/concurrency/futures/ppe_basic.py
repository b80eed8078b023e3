# Checks ProcessPoolExecutor submit/map/result with module-level functions.
from concurrent.futures import ProcessPoolExecutor, as_completed
import os

def cube(x):
    return x ** 3

def whoami(_):
    return os.getpid()

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(cube, range(10))))
        f = ex.submit(cube, 12345678901234567890)
        print(f.result(timeout=10))
        print(sorted(fu.result() for fu in as_completed([ex.submit(cube, i) for i in range(5)])))
        pids = set(ex.map(whoami, range(20)))
        print(os.getpid() not in pids, 1 <= len(pids) <= 2)
        print(list(ex.map(cube, [1, 2, 3], chunksize=2)))
