# Checks Process.join(timeout) returning while the child is alive, then is_alive() after a full join.
import multiprocessing as mp
import time

def wait_for(ev):
    ev.wait()

if __name__ == "__main__":
    ev = mp.Event()
    p = mp.Process(target=wait_for, args=(ev,))
    print("alive before start:", p.is_alive())
    p.start()
    t0 = time.monotonic()
    print("join returns:", p.join(0.1))
    print("waited:", time.monotonic() - t0 >= 0.09)
    print("alive:", p.is_alive(), "exitcode:", p.exitcode)
    ev.set()
    p.join()
    print("alive:", p.is_alive(), "exitcode:", p.exitcode)
