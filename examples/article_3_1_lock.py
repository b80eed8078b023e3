# Article 3.1.2: a Lock around a shared resource.
import threading

balance = 0
lock = threading.Lock()


def deposit(times):
    global balance
    for _ in range(times):
        # Get the lock
        lock.acquire()
        # Use the shared resource: read, add, write back
        balance += 1
        # Release the lock
        lock.release()


def deposit_with(times):
    global balance
    for _ in range(times):
        with lock:  # the same, and released even if the body raises
            balance += 1


if __name__ == "__main__":
    threads = [threading.Thread(target=deposit, args=(20000,)) for _ in range(2)]
    threads += [threading.Thread(target=deposit_with, args=(20000,)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("balance:", balance)
    print("lock free again:", not lock.locked())
    # acquire(blocking=False) answers at once instead of waiting.
    print("first try:", lock.acquire(blocking=False))
    print("second try:", lock.acquire(blocking=False))
    print("with a timeout:", lock.acquire(timeout=0.01))
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
