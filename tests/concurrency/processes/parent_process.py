# Checks parent_process(): None in the main process, the parent's pid in a child; os.getppid agrees.
import multiprocessing as mp
import os

def probe(q, main_pid):
    parent = mp.parent_process()
    q.put((parent is not None, parent.pid == main_pid, os.getppid() == main_pid,
           os.getpid() != main_pid, parent.name, mp.current_process().pid == os.getpid()))

if __name__ == "__main__":
    print(mp.parent_process())
    q = mp.Queue()
    p = mp.Process(target=probe, args=(q, os.getpid()))
    p.start()
    print(q.get(timeout=10))
    p.join()
    print(p.exitcode)
