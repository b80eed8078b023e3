# Article 3.2.2: an RLock can be taken again by the thread that holds it;
# an Event tells waiting threads that something has happened.
import threading


class Account:
    def __init__(self):
        self.lock = threading.RLock()
        self.balance = 0
        self.history = []

    def deposit(self, amount):
        with self.lock:
            self.balance += amount
            self.history.append(amount)

    def deposit_many(self, amounts):
        with self.lock:              # held here...
            for a in amounts:
                self.deposit(a)      # ...and taken again inside deposit()


def state(lock):
    # The repr shows "locked"/"unlocked" and how many times it is held
    # (and an owner id and address, which change from run to run).
    words = repr(lock).split()
    return words[0][1:] + " " + words[-3]


def worker(name, account, go, done):
    go.wait()                        # sleep until the main thread says "go"
    account.deposit_many([1, 2, 3])
    done[name].set()


if __name__ == "__main__":
    lock = threading.RLock()
    # Get the lock
    lock.acquire()
    lock.acquire()   # a second time, by the same thread: fine for an RLock
    # Access the shared data
    print("held twice:", state(lock))
    # Release the lock (as many times as it was taken)
    lock.release()
    lock.release()
    print("released:", state(lock))

    plain = threading.Lock()
    plain.acquire()
    print("a plain Lock taken again would wait for ever; with a timeout:",
          plain.acquire(timeout=0.05))
    plain.release()

    account = Account()
    go = threading.Event()
    done = {name: threading.Event() for name in ("a", "b", "c")}
    threads = [threading.Thread(target=worker, args=(n, account, go, done)) for n in done]
    for t in threads:
        t.start()
    print("before go: balance", account.balance, "- done:",
          [e.is_set() for e in done.values()])
    go.set()
    for name in sorted(done):
        done[name].wait()
        print("worker", name, "is done")
    for t in threads:
        t.join()
    print("balance", account.balance, "from", len(account.history), "deposits")
    print("wait with a timeout on an unset event:", threading.Event().wait(0.01))
