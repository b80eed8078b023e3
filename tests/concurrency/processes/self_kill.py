# Checks a child killing itself with os.kill(os.getpid(), 9 or 15): exit codes -9 and -15.
import multiprocessing as mp
import os
import time

def die(sig):
    os.kill(os.getpid(), sig)
    time.sleep(10)

if __name__ == "__main__":
    res = []
    for sig in (9, 15):
        p = mp.Process(target=die, args=(sig,))
        p.start()
        p.join()
        res.append(p.exitcode)
    print(res)
