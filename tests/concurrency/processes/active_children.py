# Checks active_children() lists running children and is empty after they are joined.
import multiprocessing as mp

def wait_on(ev):
    ev.wait()

if __name__ == "__main__":
    ev = mp.Event()
    ps = [mp.Process(target=wait_on, args=(ev,), name=f"kid{i}") for i in range(3)]
    for p in ps:
        p.start()
    kids = mp.active_children()
    print(len(kids), sorted(k.name for k in kids))
    ev.set()
    for p in ps:
        p.join()
    print(mp.active_children(), [p.exitcode for p in ps])
