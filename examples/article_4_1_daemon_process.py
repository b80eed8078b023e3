# Article 4.1.1: a daemon process runs in the background until it is
# terminated, or until the process that started it exits.
import multiprocessing
import time


def daemon_process(ready, beats):
    # flush=True: a terminated process never writes out what it buffered.
    print("daemon process is running...", flush=True)
    ready.set()
    while True:
        # The daemon's work: a heartbeat in shared memory.
        with beats.get_lock():
            beats.value += 1
        time.sleep(0.01)


def parent_of_a_daemon(beats):
    ready = multiprocessing.Event()
    p = multiprocessing.Process(target=daemon_process, args=(ready, beats), daemon=True)
    p.start()
    ready.wait()
    print("middle process: my daemon child is alive:", p.is_alive(), flush=True)
    # Returning ends this process; on the way out it terminates its daemon
    # children (and would wait for its other children).


if __name__ == "__main__":
    ready = multiprocessing.Event()
    beats = multiprocessing.Value("i", 0)
    p = multiprocessing.Process(target=daemon_process, args=(ready, beats), daemon=True)
    p.start()
    ready.wait()
    print("daemon:", p.daemon, "- alive:", p.is_alive())
    p.terminate()  # sends SIGTERM
    p.join()
    print("after terminate(): alive:", p.is_alive(), "- exitcode:", p.exitcode)

    beats = multiprocessing.Value("i", 0)
    middle = multiprocessing.Process(target=parent_of_a_daemon, args=(beats,))
    middle.start()
    middle.join()
    print("middle process ended with exitcode", middle.exitcode)
    before = beats.value
    time.sleep(0.1)
    print("the daemon's heartbeat stopped with its parent:", beats.value == before)
