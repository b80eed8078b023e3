# A TCP echo server in a thread and a client in the main thread, over 127.0.0.1.
import socket
import threading

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen()
host, port = srv.getsockname()
print(host, type(port).__name__, srv.family, repr(srv.type), srv.gettimeout())


def serve():
    conn, addr = srv.accept()
    with conn:
        print("server: connection from", addr[0])
        while True:
            data = conn.recv(1024)
            if not data:
                break
            conn.sendall(data.upper())
    print("server: client left")


t = threading.Thread(target=serve)
t.start()
with socket.create_connection(("127.0.0.1", port), timeout=5) as c:
    for word in [b"hello", b"world", b"x" * 100000]:
        c.sendall(word)
        got = b""
        while len(got) < len(word):
            got += c.recv(65536)
        print("client got", got[:10], len(got))
t.join()
srv.close()
print(repr(srv))
