# Checks current_process() in main, active_children(), cpu_count() and os.cpu_count() agreeing.
import multiprocessing as mp
import os

def nothing():
    pass

if __name__ == "__main__":
    me = mp.current_process()
    print(me.name, me.daemon, me.pid == os.getpid())
    print(mp.active_children())
    print(mp.cpu_count() == os.cpu_count(), mp.cpu_count() >= 1)
    p = mp.Process(target=nothing)
    p.start(); p.join()
    print(mp.active_children())
    print(p.exitcode, p.is_alive())
