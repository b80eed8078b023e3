# Checks OSError('handle is closed') when using a closed Connection, and closed attribute.
import multiprocessing as mp

if __name__ == "__main__":
    a, b = mp.Pipe()
    print(a.closed)
    a.close()
    print(a.closed)
    for name, call in [("send", lambda: a.send(1)), ("recv", a.recv), ("poll", a.poll),
                       ("send_bytes", lambda: a.send_bytes(b"x")), ("fileno", a.fileno)]:
        try:
            call()
        except OSError as e:
            print(name, type(e).__name__, e)
    a.close()
    print("double close is fine")
    try:
        b.recv()
    except EOFError:
        print("other end sees EOF")
    b.close()
