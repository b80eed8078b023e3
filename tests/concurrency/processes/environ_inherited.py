# Checks that a child sees os.environ changes made by the parent before start, and not after.
import multiprocessing as mp
import os

def read(q):
    q.put((os.environ.get("MINIPY_CC_VAR"), os.environ.get("MINIPY_CC_LATE")))
    os.environ["MINIPY_CC_CHILD"] = "child-only"

if __name__ == "__main__":
    os.environ["MINIPY_CC_VAR"] = "hello"
    q = mp.Queue()
    p = mp.Process(target=read, args=(q,))
    p.start()
    os.environ["MINIPY_CC_LATE"] = "late"
    print(q.get(timeout=10))
    p.join()
    print(os.environ.get("MINIPY_CC_CHILD"))
