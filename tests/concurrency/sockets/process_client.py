# A child process (forked) connects to the parent's listening socket.
import multiprocessing
import socket


def talk(port):
    with socket.create_connection(("127.0.0.1", port)) as c:
        c.sendall(b"from the child")
        print("child got:", c.recv(100).decode(), flush=True)


if __name__ == "__main__":
    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]
    p = multiprocessing.Process(target=talk, args=(port,))
    p.start()
    conn, _ = server.accept()
    with conn:
        print("parent got:", conn.recv(100).decode(), flush=True)
        conn.sendall(b"from the parent")
    p.join()
    print("child exit code:", p.exitcode)
    server.close()
