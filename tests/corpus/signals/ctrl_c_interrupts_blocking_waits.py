# SIGINT (what Ctrl-C sends) interrupts the main thread wherever it waits:
# a lock, a thread join, an event, a queue, a socket accept, a sleep.
import os
import queue
import signal
import socket
import threading
import time

# Whatever the shell left (a background job inherits SIGINT ignored), Ctrl-C
# raises KeyboardInterrupt from here on.
signal.signal(signal.SIGINT, signal.default_int_handler)

pid = os.getpid()


def interrupt_soon():
    threading.Timer(0.1, lambda: os.kill(pid, signal.SIGINT)).start()


def blocked_forever(name, wait):
    interrupt_soon()
    start = time.monotonic()
    try:
        wait()
        print(name, "returned?!")
    except KeyboardInterrupt:
        print(name, "interrupted quickly:", time.monotonic() - start < 2)


held = threading.Lock()
held.acquire()
blocked_forever("lock.acquire", held.acquire)
release_me = threading.Event()
worker = threading.Thread(target=release_me.wait)
worker.start()
blocked_forever("thread.join", worker.join)
release_me.set()
worker.join()
blocked_forever("event.wait", threading.Event().wait)
blocked_forever("queue.get", queue.Queue().get)
server = socket.create_server(("127.0.0.1", 0))
blocked_forever("socket.accept", server.accept)
server.close()
blocked_forever("time.sleep", lambda: time.sleep(30))
