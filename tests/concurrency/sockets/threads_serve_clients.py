# One server thread per client: 8 clients talk at once and every reply comes back.
import socket
import threading

server = socket.create_server(("127.0.0.1", 0))
port = server.getsockname()[1]
replies = {}
lock = threading.Lock()


def handle(conn):
    with conn:
        name = conn.recv(100).decode()
        conn.sendall(("hello " + name).encode())


def accept_loop(n):
    for _ in range(n):
        conn, _ = server.accept()
        threading.Thread(target=handle, args=(conn,)).start()


def client(i):
    with socket.create_connection(("127.0.0.1", port)) as c:
        c.sendall(("client-%d" % i).encode())
        reply = c.recv(100).decode()
    with lock:
        replies[i] = reply


acceptor = threading.Thread(target=accept_loop, args=(8,))
acceptor.start()
clients = [threading.Thread(target=client, args=(i,)) for i in range(8)]
for t in clients:
    t.start()
for t in clients:
    t.join()
acceptor.join()
server.close()
for i in sorted(replies):
    print(i, replies[i])
