# Checks default thread names "Thread-N (target)", explicit names, MainThread and main_thread().
import threading

seen = {}

def worker(key):
    seen[key] = threading.current_thread().name

def other():
    seen["other"] = threading.current_thread().name

t1 = threading.Thread(target=worker, args=("a",))
t2 = threading.Thread(target=worker, args=("b",))
t3 = threading.Thread(target=other)
t4 = threading.Thread(target=worker, args=("d",), name="custom")
t5 = threading.Thread()
print(t1.name, "|", t2.name, "|", t3.name, "|", t4.name, "|", t5.name)
for t in (t1, t2, t3, t4):
    t.start()
    t.join()
print(sorted(seen.items()))
print(threading.current_thread().name)
print(threading.main_thread().name)
print(threading.main_thread() is threading.current_thread())
t1.name = "renamed"
print(t1.name)
