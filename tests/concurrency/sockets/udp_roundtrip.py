# UDP datagrams both ways with sendto/recvfrom; a non-blocking recv with nothing to read.
import socket

u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(("127.0.0.1", 0))
v = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
v.sendto(b"ping", u.getsockname())
data, addr = u.recvfrom(100)
print(data, addr == v.getsockname())
u.sendto(b"pong", addr)
print(v.recvfrom(100)[0])
u.setblocking(False)
print(u.getblocking(), u.gettimeout())
try:
    u.recv(10)
except BlockingIOError as e:
    print("BlockingIOError:", e)
u.settimeout(0.05)
try:
    u.recvfrom(10)
except socket.timeout as e:
    print("timeout:", e, type(e).__name__)
u.close()
v.close()
