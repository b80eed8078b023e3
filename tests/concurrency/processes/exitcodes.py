# Checks Process.exitcode for normal return, sys.exit(n), sys.exit(None), terminate (-15) and kill (-9).
import multiprocessing as mp
import sys
import time

def ok():
    pass

def exit_with(n):
    sys.exit(n)

def sleeper():
    time.sleep(30)

if __name__ == "__main__":
    p = mp.Process(target=ok)
    print("before start:", p.exitcode)
    p.start(); p.join()
    print("return:", p.exitcode)
    for code in (0, 3, 255, None, True, False):
        p = mp.Process(target=exit_with, args=(code,))
        p.start(); p.join()
        print("sys.exit(%r):" % (code,), p.exitcode)
    p = mp.Process(target=sleeper)
    p.start()
    print("running exitcode:", p.exitcode)
    p.terminate(); p.join()
    print("terminate:", p.exitcode, p.is_alive())
    p = mp.Process(target=sleeper)
    p.start()
    p.kill(); p.join()
    print("kill:", p.exitcode)
    p.terminate()
    print("terminate after exit is harmless:", p.exitcode)
