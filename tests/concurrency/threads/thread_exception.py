# Checks that an exception in a thread prints "Exception in thread ..." to stderr and the program continues.
import threading

def boom(x):
    raise ValueError(f"bad value {x}")

t = threading.Thread(target=boom, args=(7,))
t.start()
t.join()
print("main continues", t.is_alive())
results = []
t2 = threading.Thread(target=lambda: results.append("second ok"))
t2.start()
t2.join()
print(results)
