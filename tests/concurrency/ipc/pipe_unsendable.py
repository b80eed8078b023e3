# Checks that unpicklable values (lambda, lock, local function, generator) raise in the sender and the pipe stays usable.
import multiprocessing as mp
import pickle
import threading

def outer():
    def inner():
        pass
    return inner

if __name__ == "__main__":
    a, b = mp.Pipe()
    cases = [
        ("lambda", lambda x: x),
        ("local function", outer()),
        ("thread lock", threading.Lock()),
        ("generator", (i for i in range(3))),
        ("mp lock", mp.Lock()),
    ]
    for name, value in cases:
        try:
            a.send(value)
            print(name, "sent?!")
        except (pickle.PicklingError, TypeError, AttributeError, RuntimeError) as e:
            print(name, "->", type(e).__name__, isinstance(e, (pickle.PicklingError, TypeError, AttributeError)))
    print(b.poll(0.05))
    a.send("still works")
    print(b.recv())
    try:
        a.send(threading.Lock())
    except TypeError as e:
        print("TypeError:", e)
    try:
        a.send(mp.Lock())
    except RuntimeError as e:
        print("RuntimeError:", e)
