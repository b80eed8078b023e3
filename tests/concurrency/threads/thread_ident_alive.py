# Checks ident before/after start, is_alive transitions and uniqueness of idents.
import threading

idents = {}
ready = threading.Event()
go = threading.Event()

def worker(i):
    idents[i] = threading.current_thread().ident
    ready.set()
    go.wait()

t = threading.Thread(target=worker, args=(0,))
print("ident before start:", t.ident)
print("alive before start:", t.is_alive())
t.start()
ready.wait()
print("ident set:", t.ident is not None)
print("ident matches:", t.ident == idents[0])
print("ident differs from main:", t.ident != threading.main_thread().ident)
print("alive while blocked:", t.is_alive())
go.set()
t.join()
print("alive after join:", t.is_alive())
print("ident kept:", t.ident == idents[0])
print("main ident int:", isinstance(threading.current_thread().ident, int))
