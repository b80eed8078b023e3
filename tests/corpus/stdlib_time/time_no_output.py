import time
start = time.time()
t0 = time.perf_counter()
total = sum(range(1000))
elapsed = time.perf_counter() - t0
print(total, elapsed >= 0, time.time() >= start)
print(type(time.time()).__name__, type(time.monotonic()).__name__)
