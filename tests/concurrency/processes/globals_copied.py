# Checks that a forked child gets a copy of module globals: its changes do not reach the parent.
import multiprocessing as mp

counter = [0]
settings = {"mode": "parent"}

def mutate(q):
    counter[0] += 100
    settings["mode"] = "child"
    q.put((counter[0], settings["mode"]))

if __name__ == "__main__":
    counter[0] = 5
    q = mp.Queue()
    p = mp.Process(target=mutate, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()
    print(counter[0], settings["mode"])
