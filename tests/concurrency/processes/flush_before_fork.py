# Checks that buffered stdout is flushed before fork (also in a child forking a grandchild): no line prints twice.
import multiprocessing as mp

def child(i):
    print("child", i)

def nested():
    print("child before grandchild")
    g = mp.Process(target=child, args=(99,))
    g.start()
    g.join()
    print("child after grandchild", g.exitcode)

if __name__ == "__main__":
    print("parent line 1")
    print("parent line 2")
    for i in range(3):
        p = mp.Process(target=child, args=(i,))
        p.start()
        p.join()
    print("after children")
    p = mp.Process(target=nested)
    p.start()
    p.join()
    print("parent end", p.exitcode)
