# Checks a child that dies via os._exit mid-way: its exit code is kept and nothing after the call runs.
import multiprocessing as mp
import os

def crash(conn):
    conn.send("sent before crash")
    print("flushed line from child", flush=True)
    os._exit(7)
    conn.send("never")

if __name__ == "__main__":
    r, w = mp.Pipe(duplex=False)
    p = mp.Process(target=crash, args=(w,))
    p.start()
    w.close()
    msgs = []
    try:
        while True:
            msgs.append(r.recv())
    except EOFError:
        msgs.append("EOF")
    p.join()
    print(msgs, p.exitcode)
