# Checks that the interpreter waits for a non-daemon thread that is still running when main ends.
import threading

go = threading.Event()

def late():
    go.wait()
    for i in range(3):
        print("worker line", i)
    print("worker done")

t = threading.Thread(target=late)
t.start()
print("daemon:", t.daemon)
print("main done")
go.set()
