# Checks current_thread() inside a thread is the Thread object and main_thread() is still MainThread.
import threading

info = {}

def probe():
    me = threading.current_thread()
    info["is_obj"] = me is t
    info["name"] = me.name
    info["main"] = threading.main_thread().name
    info["main_is_me"] = threading.main_thread() is me
    info["in_enum"] = me in threading.enumerate()

t = threading.Thread(target=probe, name="prober")
t.start()
t.join()
print(sorted(info.items()))
