# Bad use of threads, processes, queues, pools and pipes raises Python errors
# (never a hang): join before start, start twice, empty get with timeout,
# Pool.map after close, sending on a closed pipe.
import multiprocessing
import queue
import threading


def run(name, f):
    try:
        f()
        print(name, "-> no error?!")
    except Exception as e:
        print(name, "->", type(e).__name__ + ":", e)


if __name__ == "__main__":
    t = threading.Thread(target=lambda: None)
    run("thread join before start", t.join)
    t.start()
    run("thread start twice", t.start)
    t.join()
    p = multiprocessing.Process(target=lambda: None)
    run("process join before start", p.join)
    p.start()
    run("process start twice", p.start)
    p.join()
    run("queue.Queue get with timeout", lambda: queue.Queue().get(timeout=0.05))
    full = queue.Queue(1)
    full.put(1)
    run("queue.Queue put_nowait on full", lambda: full.put_nowait(2))
    run("queue.Queue put with timeout", lambda: full.put(2, timeout=0.05))
    mq = multiprocessing.Queue()
    run("multiprocessing.Queue get with timeout", lambda: mq.get(timeout=0.05))
    pool = multiprocessing.Pool(2)
    pool.close()
    run("Pool.map after close", lambda: pool.map(abs, [1, 2]))
    pool.join()
    a, b = multiprocessing.Pipe()
    a.close()
    run("send on a closed connection", lambda: a.send(1))
    run("recv on a closed connection", a.recv)
    b.close()
    c, d = multiprocessing.Pipe()
    d.close()
    run("recv when the other end is closed", c.recv)
    lock = threading.Lock()
    run("release an unlocked lock", lock.release)
    run("RLock release not owned", threading.RLock().release)
    run("Semaphore negative", lambda: threading.Semaphore(-1))
    bs = threading.BoundedSemaphore(1)
    run("BoundedSemaphore over-release", bs.release)
