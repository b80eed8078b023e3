# Checks Thread target with positional args and kwargs; results joined then printed sorted.
import threading

results = []
lock = threading.Lock()

def work(a, b, *, scale=1, tag="x"):
    with lock:
        results.append((tag, (a + b) * scale))

threads = [
    threading.Thread(target=work, args=(i, i * 2), kwargs={"scale": 10, "tag": f"t{i}"})
    for i in range(6)
]
threads.append(threading.Thread(target=work, args=(1, 1)))
threads.append(threading.Thread(target=work, kwargs={"a": 5, "b": 6, "tag": "kw"}))
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print(len(results))
