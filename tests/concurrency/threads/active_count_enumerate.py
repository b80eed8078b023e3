# Checks active_count() and enumerate() while threads are blocked and after they finish.
import threading

gate = threading.Event()
started = threading.Semaphore(0)

def wait_here():
    started.release()
    gate.wait()

threads = [threading.Thread(target=wait_here, name=f"w{i}") for i in range(3)]
print("before:", threading.active_count())
for t in threads:
    t.start()
for _ in threads:
    started.acquire()
print("during:", threading.active_count())
print(sorted(t.name for t in threading.enumerate()))
print(threading.current_thread() in threading.enumerate())
gate.set()
for t in threads:
    t.join()
print("after:", threading.active_count())
print([t.name for t in threading.enumerate()])
