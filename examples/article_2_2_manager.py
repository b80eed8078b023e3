# Article 2.2.2: a Manager process holds shared objects; the others use
# proxies that send each method call to it.
import multiprocessing


def count_letters(word, results, log):
    results[word] = len(set(word))  # a method call sent to the manager
    log.append(word.upper())


def bump(ns, lock):
    for _ in range(10):
        with lock:
            ns.hits = ns.hits + 1


if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        results = manager.dict()
        log = manager.list()
        words = ["process", "thread", "daemon", "queue"]
        procs = [multiprocessing.Process(target=count_letters, args=(w, results, log))
                 for w in words]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        print("distinct letters:", sorted(results.items()))
        print("log, sorted:", sorted(log))
        print("a copy as a plain dict:", type(results.copy()).__name__)

        ns = manager.Namespace()
        ns.hits = 0
        lock = manager.Lock()
        procs = [multiprocessing.Process(target=bump, args=(ns, lock)) for _ in range(3)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        print("hits:", ns.hits)
