# Article 4.2.1: a daemon thread. The program does not wait for it: when
# the last non-daemon thread is done, the process exits and the daemon
# thread simply stops, wherever it is.
import threading
import time

beats = 0
three_beats = threading.Event()
main_done = threading.Event()


def daemon_thread():
    global beats
    print("daemon thread is running...")
    while True:
        # The daemon's work: a heartbeat.
        beats += 1
        if beats == 3:
            three_beats.set()
        time.sleep(0.01)


def finisher():
    main_done.wait()
    print("non-daemon thread: the main thread is done, I finish the job")


if __name__ == "__main__":
    t = threading.Thread(target=daemon_thread, daemon=True)
    t.start()
    three_beats.wait()
    print("daemon:", t.daemon, "- alive:", t.is_alive(), "- beats >= 3:", beats >= 3)

    f = threading.Thread(target=finisher)  # daemon=False, the default
    f.start()
    print("main thread: reached the end of the program")
    main_done.set()
    # Python now waits for `f` (not for `t`), then exits; `t` never
    # finishes its loop.
