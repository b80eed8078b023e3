# A daemon thread blocked for ever does not keep the program alive; a
# non-daemon thread is waited for.
import threading
import time

never = threading.Event()
threading.Thread(target=never.wait, daemon=True).start()
threading.Thread(target=lambda: (time.sleep(0.1), print("non-daemon thread done")), daemon=False).start()
print("daemon threads alive:", sum(t.daemon for t in threading.enumerate()))
print("main thread ends")
