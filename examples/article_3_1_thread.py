# Article 3.1.1: create a thread, start it, wait for it. Threads share the
# process's memory: what one thread stores, the others see.
import threading

results = {}  # one dict, seen by every thread


def my_function(arg1, arg2):
    me = threading.current_thread()
    results[me.name] = sum(range(arg1, arg2))


if __name__ == "__main__":
    thread = threading.Thread(target=my_function, args=(1, 101), name="adder")
    print("before start:", thread.is_alive())
    thread.start()
    thread.join()
    print("after join:", thread.is_alive())
    print("results:", results)

    threads = [threading.Thread(target=my_function, args=(0, n), name="sum-%d" % n)
               for n in (10, 100, 1000)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    # The threads finished in some order; print in a fixed one.
    for name in sorted(results):
        print(name, "->", results[name])
    print("this is", threading.current_thread().name,
          "- threads alive:", threading.active_count())
