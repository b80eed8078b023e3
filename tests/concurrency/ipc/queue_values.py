# Checks values computed in children crossing a multiprocessing.Queue: big ints, floats, sets, instances, exceptions.
import multiprocessing as mp

class Record:
    def __init__(self, key, payload):
        self.key = key
        self.payload = payload
    def __repr__(self):
        return f"Record({self.key!r}, {self.payload!r})"

class Failure(Exception):
    pass

def produce(q, i):
    q.put((i, "bigint", 7 ** (50 + i)))
    q.put((i, "float", i / 3))
    q.put((i, "set", {i, i * 10, -i}))
    q.put((i, "nested", {"id": i, "tags": [("t", i)], "none": None, "raw": bytes([i, 255])}))
    q.put((i, "record", Record(f"k{i}", [i] * 3)))
    try:
        raise Failure(f"failure in {i}")
    except Failure as e:
        q.put((i, "error", e))
    q.put((i, "done", None))

if __name__ == "__main__":
    q = mp.Queue()
    ps = [mp.Process(target=produce, args=(q, i)) for i in range(3)]
    for p in ps:
        p.start()
    items = []
    done = 0
    while done < len(ps):
        item = q.get(timeout=10)
        if item[1] == "done":
            done += 1
        else:
            items.append(item)
    for p in ps:
        p.join()
    items.sort(key=lambda t: (t[0], t[1]))
    for i, kind, v in items:
        if kind == "error":
            print(i, kind, type(v).__name__, v.args, isinstance(v, Failure))
        else:
            print(i, kind, repr(v))
    print([p.exitcode for p in ps])
