# Checks that an uncaught exception in a child gives exitcode 1 and a traceback on the child's stderr.
import multiprocessing as mp

def broken(n):
    raise LookupError(f"child failed with {n}")

if __name__ == "__main__":
    p = mp.Process(target=broken, args=(5,))
    p.start()
    p.join()
    print("exitcode:", p.exitcode)
    print("main finishes normally")
