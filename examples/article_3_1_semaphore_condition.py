# Article 3.1.2: a Semaphore lets a fixed number of threads in at once; a
# Condition lets a thread sleep until another one changes shared state.
import threading
import time

slots = threading.Semaphore(2)   # two permits
inside = 0
peak = 0
count_lock = threading.Lock()


def use_printer(job):
    global inside, peak
    with slots:                  # takes a permit, or waits for one
        with count_lock:
            inside += 1
            peak = max(peak, inside)
        time.sleep(0.01)         # "printing"
        with count_lock:
            inside -= 1


stock = []
cond = threading.Condition()     # a lock plus a list of sleeping threads
eaten = []


def consumer(name, how_many):
    for _ in range(how_many):
        with cond:
            # wait() gives the lock up while it sleeps and takes it back
            # before it returns, so `stock` is checked while locked.
            cond.wait_for(lambda: len(stock) > 0)
            eaten.append((name, stock.pop(0)))


def producer(items):
    for item in items:
        with cond:
            stock.append(item)
            cond.notify()        # wake one sleeping consumer


if __name__ == "__main__":
    jobs = [threading.Thread(target=use_printer, args=(j,)) for j in range(6)]
    for t in jobs:
        t.start()
    for t in jobs:
        t.join()
    print("six jobs, never more than two at once:", peak <= 2)

    consumers = [threading.Thread(target=consumer, args=(n, 3)) for n in ("ann", "bob")]
    for c in consumers:
        c.start()
    p = threading.Thread(target=producer, args=(["bread", "milk", "eggs", "jam", "tea", "rice"],))
    p.start()
    p.join()
    for c in consumers:
        c.join()
    print("left in stock:", stock)
    print("each consumer ate:", sorted(n for n, _ in eaten).count("ann"), "and",
          sorted(n for n, _ in eaten).count("bob"))
    print("everything was eaten once:", sorted(item for _, item in eaten))
