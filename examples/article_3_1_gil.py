# Article 3.1.2: how threads take turns. One thread at a time runs Python
# code; a busy thread is asked to let go after the switch interval, and a
# thread that blocks (sleep, lock, I/O) lets go at once.
import sys
import threading
import time

stop = False
spins = 0


def spinner():
    global spins
    while not stop:  # pure Python, never blocks
        spins += 1


def nap():
    time.sleep(0.2)


if __name__ == "__main__":
    print("switch interval:", sys.getswitchinterval(), "seconds")
    t = threading.Thread(target=spinner)
    t.start()
    # The spinner holds the GIL; the main thread gets it back because the
    # spinner is made to hand it over, and the sleep below gives it away.
    time.sleep(0.05)
    stop = True
    t.join()
    print("the spinner ran and was stopped:", spins > 0)

    start = time.monotonic()
    nappers = [threading.Thread(target=nap) for _ in range(5)]
    for n in nappers:
        n.start()
    for n in nappers:
        n.join()
    elapsed = time.monotonic() - start
    # One after the other would take 1.0 s; the sleeps overlap.
    print("five 0.2 s sleeps in threads took less than 0.6 s:", elapsed < 0.6)
