# Checks duplex Pipe traffic in both directions with a child, and a one-way Pipe(duplex=False).
import multiprocessing as mp

def server(conn):
    while True:
        msg = conn.recv()
        if msg is None:
            conn.send("bye")
            break
        conn.send(msg[::-1])
    conn.close()

def writer(w, n):
    for i in range(n):
        w.send(i * i)
    w.send("end")
    w.close()

if __name__ == "__main__":
    a, b = mp.Pipe()
    p = mp.Process(target=server, args=(b,))
    p.start()
    out = []
    for word in ["abc", "hello", (1, 2, 3), [4, 5]]:
        a.send(word)
        out.append(a.recv())
    a.send(None)
    out.append(a.recv())
    p.join()
    print(out)

    r, w = mp.Pipe(duplex=False)
    p = mp.Process(target=writer, args=(w, 6))
    p.start()
    got = []
    while True:
        x = r.recv()
        if x == "end":
            break
        got.append(x)
    p.join()
    print(got, p.exitcode)
    print(r.readable, r.writable, w.readable, w.writable)
