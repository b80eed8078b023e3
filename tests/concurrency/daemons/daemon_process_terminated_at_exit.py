# The parent ends while a daemon child still runs: the child is terminated, a
# non-daemon child is joined first, and the program exits without hanging.
import multiprocessing
import time


def forever():
    while True:
        time.sleep(0.05)


def short(q):
    time.sleep(0.2)
    q.put("non-daemon child finished")


if __name__ == "__main__":
    q = multiprocessing.Queue()
    d = multiprocessing.Process(target=forever, daemon=True)
    n = multiprocessing.Process(target=short, args=(q,))
    d.start()
    n.start()
    print("daemon:", d.daemon, "alive:", d.is_alive())
    print(q.get(timeout=5))
    print("main ends")
