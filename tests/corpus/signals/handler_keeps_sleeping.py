import os
import signal
import threading
import time

hits = []
signal.signal(signal.SIGUSR1, lambda signum, frame: hits.append(signum))
pid = os.getpid()
threading.Timer(0.1, lambda: os.kill(pid, signal.SIGUSR1)).start()
start = time.monotonic()
time.sleep(0.4)
print("handler ran:", hits == [signal.SIGUSR1])
print("sleep resumed after the handler:", time.monotonic() - start >= 0.39)
