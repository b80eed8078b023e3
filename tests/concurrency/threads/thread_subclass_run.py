# Checks subclassing Thread and overriding run(); attributes set in run are visible after join.
import threading

class Summer(threading.Thread):
    def __init__(self, n, name=None):
        super().__init__(name=name)
        self.n = n
        self.total = None

    def run(self):
        self.total = sum(range(self.n))
        self.who = threading.current_thread() is self

workers = [Summer(10 ** k, name=f"summer-{k}") for k in range(1, 5)]
for w in workers:
    w.start()
for w in workers:
    w.join()
for w in workers:
    print(w.name, w.total, w.who, w.is_alive())

class Plain(threading.Thread):
    pass

p = Plain()
print(p.name)
p.start()
p.join()
print("plain done", p.is_alive())
