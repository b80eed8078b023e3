# Checks EOFError from recv() once every copy of the other end is closed (in-process and across fork).
import multiprocessing as mp

def talk(conn):
    conn.send("one")
    conn.send("two")
    conn.close()

if __name__ == "__main__":
    a, b = mp.Pipe()
    b.send("pending")
    b.close()
    print(a.recv())
    try:
        a.recv()
    except EOFError as e:
        print("EOFError", repr(e))
    a.close()

    r, w = mp.Pipe(duplex=False)
    p = mp.Process(target=talk, args=(w,))
    p.start()
    w.close()
    got = []
    try:
        while True:
            got.append(r.recv())
    except EOFError:
        got.append("EOF")
    p.join()
    print(got)
