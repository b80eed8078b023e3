# Checks threading.local: each thread sees its own attributes, main's value is untouched.
import threading

data = threading.local()
data.value = "main"
out = {}

def worker(i):
    print_missing = not hasattr(data, "value")
    data.value = i * 100
    data.items = [i]
    for k in range(3):
        data.items.append(k)
    out[i] = (print_missing, data.value, list(data.items))

threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for k in sorted(out):
    print(k, out[k])
print(data.value, hasattr(data, "items"))

class MyLocal(threading.local):
    def __init__(self):
        self.counter = 0

loc = MyLocal()
res = []
def bump():
    for _ in range(5):
        loc.counter += 1
    res.append(loc.counter)

ts = [threading.Thread(target=bump) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(res, loc.counter)
