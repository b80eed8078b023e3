# Checks the daemon attribute: default, inheritance from the creating thread, and setting it after start.
import threading

out = {}

def make_child(key):
    child = threading.Thread(target=lambda: None)
    out[key] = child.daemon

print(threading.current_thread().daemon)
t = threading.Thread(target=make_child, args=("from_nondaemon",))
d = threading.Thread(target=make_child, args=("from_daemon",), daemon=True)
print(t.daemon, d.daemon)
t.start(); d.start(); t.join(); d.join()
print(sorted(out.items()))

gate = threading.Event()
running = threading.Thread(target=gate.wait)
running.start()
try:
    running.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
gate.set()
running.join()
x = threading.Thread(target=lambda: None)
x.daemon = True
print(x.daemon)
