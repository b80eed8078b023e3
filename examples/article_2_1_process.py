# Article 2.1.1: create a process, start it, wait for it.
# The child is a copy of the parent made by fork(): it sees the parent's
# variables as they were at start(), but changes it makes stay its own.
import multiprocessing
import sys
import threading

counter = 100  # every process has its own copy of this


def my_function(arg1, arg2):
    global counter
    counter += arg1 * arg2
    name = multiprocessing.current_process().name
    print("child: I am", name)
    print("child: counter is now", counter)
    # Only the thread that called fork() exists in the child.
    print("child: threads running here:", threading.active_count())


def failing_function(code):
    print("child: leaving with sys.exit(%d)" % code)
    sys.exit(code)


if __name__ == "__main__":
    # A thread that just waits: the parent has two threads, the child one.
    stop = threading.Event()
    waiter = threading.Thread(target=stop.wait)
    waiter.start()
    print("parent: threads running here:", threading.active_count())

    process = multiprocessing.Process(target=my_function, args=(6, 7))
    print("parent: before start, exitcode =", process.exitcode)
    process.start()
    process.join()
    print("parent: after join, exitcode =", process.exitcode)
    print("parent: counter is still", counter)

    failing = multiprocessing.Process(target=failing_function, args=(3,))
    failing.start()
    failing.join()
    print("parent: the second child ended with exitcode", failing.exitcode)
    print("parent: is it alive?", failing.is_alive())

    stop.set()
    waiter.join()
