# Article 5.2.2: one thread provides a network service while another
# collects data and sends it to the service. The service is a small
# line-based TCP server on 127.0.0.1.
import multiprocessing
import socket
import threading

service_log = []  # what the service did, printed by the main thread at the end


def read_line(conn, buffer):
    """One line from the connection; `buffer` keeps what came after it."""
    while b"\n" not in buffer:
        chunk = conn.recv(1024)
        if not chunk:
            return None
        buffer += chunk
    line, _, rest = bytes(buffer).partition(b"\n")
    buffer[:] = rest
    return line.decode()


def handle(conn, readings):
    """Answer one client's requests until it says QUIT or SHUTDOWN."""
    buffer = bytearray()
    while True:
        line = read_line(conn, buffer)
        if line is None or line == "QUIT":
            return True
        if line == "SHUTDOWN":
            conn.sendall(b"BYE\n")
            return False
        command, _, args = line.partition(" ")
        if command == "PUT":
            name, value = args.split()
            readings.setdefault(name, []).append(float(value))
            reply = "OK %d" % sum(len(v) for v in readings.values())
        elif command == "STATS":
            values = readings.get(args, [])
            reply = "%s n=%d min=%.1f max=%.1f mean=%.2f" % (
                args, len(values), min(values), max(values), sum(values) / len(values))
        else:
            reply = "ERROR unknown command " + command
        service_log.append(command)
        conn.sendall(reply.encode() + b"\n")


def network_service(server):
    # Provide the network service: one client at a time, until SHUTDOWN.
    readings = {}
    clients = 0
    running = True
    while running:
        conn, addr = server.accept()
        clients += 1
        with conn:
            running = handle(conn, readings)
    server.close()
    service_log.append("served %d clients" % clients)


def sensor(step):
    """A made-up sensor: a temperature that rises and falls."""
    return 20.0 + (step * 7 % 11) - 5


def data_collection(address):
    # Collect the data and send each reading to the service.
    with socket.create_connection(address, timeout=5) as conn:
        buffer = bytearray()
        for step in range(6):
            conn.sendall(b"PUT temp %.1f\n" % sensor(step))
            print("collector: reading", step, "->", read_line(conn, buffer))
        conn.sendall(b"QUIT\n")


def ask(address, *requests):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as conn:
        conn.settimeout(5)
        conn.connect(address)
        buffer = bytearray()
        for r in requests:
            conn.sendall(r.encode() + b"\n")
            print("main:", r, "->", read_line(conn, buffer))


def main():
    # The main process
    main_process = multiprocessing.current_process()
    print("main process:", main_process.name)
    # Listen before any thread starts, so the clients can connect at once.
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", 0))  # port 0: the system picks a free port
    server.listen()
    server.settimeout(5)           # never wait for ever in an example
    address = server.getsockname()
    print("service on 127.0.0.1, port chosen by the system:", address[1] > 0)
    # The network service thread
    network_thread = threading.Thread(target=network_service, args=(server,))
    network_thread.start()
    # The data collection thread
    data_thread = threading.Thread(target=data_collection, args=(address,))
    data_thread.start()
    # Wait for both threads: first the collector, then ask for the summary
    # and stop the service.
    data_thread.join()
    ask(address, "STATS temp", "HELLO", "SHUTDOWN")
    network_thread.join()
    print("service log:", service_log)


if __name__ == "__main__":
    main()
