# Checks a subclassed Process overriding run(), with state passed through __init__ and results via a Queue.
import multiprocessing as mp

class Worker(mp.Process):
    def __init__(self, n, q):
        super().__init__()
        self.n = n
        self.q = q

    def run(self):
        self.q.put((self.n, sum(i * i for i in range(self.n)), self.name))

class Quiet(mp.Process):
    def run(self):
        pass

if __name__ == "__main__":
    q = mp.Queue()
    ws = [Worker(n, q) for n in (10, 100, 1000)]
    for w in ws:
        w.start()
    res = sorted(q.get(timeout=10) for _ in ws)
    for w in ws:
        w.join()
    print(res)
    print([w.exitcode for w in ws])
    qp = Quiet(name="quiet-one")
    qp.start(); qp.join()
    print(qp.name, qp.exitcode, isinstance(qp, mp.Process))
