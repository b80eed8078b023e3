# Article 2.2.1: processes talk through a Queue or a Pipe.
import multiprocessing


class Order:
    def __init__(self, item, qty):
        self.item = item
        self.qty = qty


def producer(queue):
    # Each put() encodes the value and writes it to a pipe.
    queue.put(("numbers", [1, 2, 3]))
    queue.put(("text", "héllo"))
    queue.put(("order", Order("tea", 2)))
    queue.put(("function", len))
    queue.put(None)  # "no more items"


def square_server(conn):
    # One end of a two-way Pipe: receive requests until None, answer each.
    while True:
        n = conn.recv()
        if n is None:
            break
        conn.send(n * n)
    conn.close()


def send_or_fail(value):
    reader, writer = multiprocessing.Pipe(duplex=False)
    try:
        writer.send(value)
        print("sent:", reader.recv())
    except Exception as e:
        message = str(e)
        if " at 0x" in message:  # leave out the address, which changes
            start = message.index(" at 0x")
            message = message[:start] + message[message.index(">", start):]
        print("cannot send:", type(e).__name__, "-", message)


def make_local():
    def helper():
        pass
    return helper


if __name__ == "__main__":
    queue = multiprocessing.Queue()
    p = multiprocessing.Process(target=producer, args=(queue,))
    p.start()
    while True:
        message = queue.get()
        if message is None:
            break
        kind, value = message
        if kind == "order":
            value = "Order(%s x%d)" % (value.item, value.qty)
        elif kind == "function":
            value = value("four")
        print("got", kind, value)
    p.join()

    here, there = multiprocessing.Pipe()
    server = multiprocessing.Process(target=square_server, args=(there,))
    server.start()
    for n in [3, 12, 2**40]:
        here.send(n)
        print(n, "squared is", here.recv())
    here.send(None)
    server.join()

    send_or_fail({"a set": {1}, "a tuple": (1.5, None)})
    send_or_fail(lambda x: x)
    send_or_fail(make_local())
    with open(__file__) as f:
        send_or_fail(f)
