# Socket errors with CPython's classes and messages.
import socket

srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(1)
port = srv.getsockname()[1]
srv.settimeout(0.1)
try:
    srv.accept()
except socket.timeout as e:
    print("accept:", type(e).__name__, e)
srv.close()
print(repr(srv))
try:
    srv.recv(1)
except OSError as e:
    print("recv on closed:", e)
c = socket.socket()
try:
    c.connect(("127.0.0.1", port))
except ConnectionRefusedError as e:
    print("connect:", e)
c.close()
c = socket.socket()
print("connect_ex:", c.connect_ex(("127.0.0.1", port)))
c.close()
try:
    socket.create_connection(("no.such.host.invalid", 80))
except socket.gaierror as e:
    print("gaierror:", e, isinstance(e, OSError))
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
for bad in ["x", ("a",), ("127.0.0.1", 70000), (1, 2)]:
    try:
        u.bind(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
u.close()
s6 = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
s6.bind(("::1", 0))
print(s6.getsockname()[0], len(s6.getsockname()), s6.family)
s6.close()
print(socket.gethostbyname("localhost"), socket.timeout is TimeoutError, socket.error is OSError)
