# Daemon flags: inherited from the creating thread, fixed once started.
import multiprocessing
import threading


def child_of_daemon(out):
    t = threading.Thread(target=lambda: None)
    out.append(t.daemon)


if __name__ == "__main__":
    out = []
    d = threading.Thread(target=child_of_daemon, args=(out,), daemon=True)
    d.start()
    d.join()
    print("thread made by a daemon thread is daemon:", out[0])
    t = threading.Thread(target=lambda: None)
    t.start()
    try:
        t.daemon = True
    except RuntimeError as e:
        print("RuntimeError:", e)
    t.join()
    p = multiprocessing.Process(target=abs, args=(-1,))
    p.start()
    try:
        p.daemon = True
    except AssertionError as e:
        print("AssertionError:", e)
    p.join()
