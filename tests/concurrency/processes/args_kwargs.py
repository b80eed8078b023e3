# Checks Process target with args and kwargs; pid is set only after start.
import multiprocessing as mp

def work(q, a, b=2, *rest, scale=1, **extra):
    q.put((a + b) * scale + sum(rest) + sum(extra.values()))

if __name__ == "__main__":
    q = mp.Queue()
    specs = [((1,), {}), ((1, 5), {"scale": 3}), ((1, 1, 10, 20), {"scale": 2, "bonus": 100})]
    ps = [mp.Process(target=work, args=(q,) + a, kwargs=k) for a, k in specs]
    print([p.pid for p in ps])
    for p in ps:
        p.start()
    print([isinstance(p.pid, int) for p in ps])
    res = sorted(q.get(timeout=10) for _ in ps)
    for p in ps:
        p.join()
    print(res)
