# Article 2.2.1: a pool of worker processes, fed with apply_async and map.
import multiprocessing


def my_function(arg1, arg2):
    """Sum of the squares from arg1 to arg2: a small piece of real work."""
    return sum(n * n for n in range(arg1, arg2 + 1))


def word_length(word):
    return word, len(word)


if __name__ == "__main__":
    pool = multiprocessing.Pool(processes=4)
    results = []
    for start in range(0, 40, 10):
        # Returns at once: the call runs later, in some worker process.
        results.append(pool.apply_async(my_function, args=(start, start + 9)))
    pool.close()  # no more tasks
    pool.join()   # wait until the workers have finished and exited
    for r in results:
        print("apply_async:", r.get())

    with multiprocessing.Pool(2) as pool:
        print("map:", pool.map(word_length, ["fork", "pipe", "queue", "pool"]))
        print("apply:", pool.apply(my_function, (1, 3)))

    with multiprocessing.Pool(2) as pool:
        bad = pool.apply_async(my_function, ("a", 3))
        try:
            bad.get()
        except TypeError as e:
            print("the worker raised TypeError:", e)
