# Checks Process-N default names, custom names, current_process() names in children and MainProcess.
import multiprocessing as mp

def report(q):
    q.put(mp.current_process().name)

if __name__ == "__main__":
    print(mp.current_process().name)
    q = mp.Queue()
    ps = [mp.Process(target=report, args=(q,)) for _ in range(3)]
    ps.append(mp.Process(target=report, args=(q,), name="special"))
    print([p.name for p in ps])
    for p in ps:
        p.start()
    got = sorted(q.get(timeout=10) for _ in ps)
    for p in ps:
        p.join()
    print(got)
    ps[0].name = "renamed"
    print(ps[0].name)
    later = mp.Process(target=report, args=(q,))
    print(later.name)
