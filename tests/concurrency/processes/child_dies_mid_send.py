# A child killed while it sends, and one that exits half-way through a
# message stream: the parent sees EOF or the exit code, and never hangs.
import multiprocessing
import os
import signal
import time


def chatter(conn):
    while True:
        conn.send(list(range(1000)))


def sends_three_then_dies(conn):
    for i in range(3):
        conn.send(i)
    os._exit(3)


if __name__ == "__main__":
    parent, child = multiprocessing.Pipe()
    p = multiprocessing.Process(target=chatter, args=(child,))
    p.start()
    child.close()
    print("first message length:", len(parent.recv()))
    p.kill()
    p.join()
    print("killed child exitcode:", p.exitcode, p.exitcode == -signal.SIGKILL)
    try:
        while True:
            parent.recv()
    except EOFError:
        print("EOFError after the child died")
    parent, child = multiprocessing.Pipe()
    q = multiprocessing.Process(target=sends_three_then_dies, args=(child,))
    q.start()
    child.close()
    got = []
    try:
        while True:
            got.append(parent.recv())
    except EOFError:
        pass
    q.join()
    print("got", got, "then EOF; exitcode", q.exitcode)
