# Forking while other threads allocate: the child must not inherit a lock
# of the memory allocator that a parent thread held at the moment of the
# fork (it would hang on its first allocation). Threads build and drop
# lists, dicts and strings while the main thread starts children that
# allocate too.
import multiprocessing
import threading

stop = threading.Event()


def churn(seed):
    n = 0
    while not stop.is_set():
        items = [str(i * seed) for i in range(200)]
        table = {s: [s, s + s] for s in items}
        n += len(table)
    return n


def child(k):
    words = ["w%d" % i for i in range(5000)]
    counts = {}
    for w in words:
        counts[w[:3]] = counts.get(w[:3], 0) + 1
    assert sum(counts.values()) == 5000
    raise SystemExit(k % 3)


if __name__ == "__main__":
    threads = [threading.Thread(target=churn, args=(s,)) for s in (3, 7)]
    for t in threads:
        t.start()
    codes = []
    for k in range(12):
        p = multiprocessing.Process(target=child, args=(k,))
        p.start()
        p.join(20)
        codes.append(p.exitcode)
    stop.set()
    for t in threads:
        t.join()
    print(codes)
