import time
def work():
    return sum(i * i for i in range(2000))
start = time.perf_counter()
result = work()
duration = time.perf_counter() - start
print(result)
print("fast enough" if duration < 5 else "slow")
