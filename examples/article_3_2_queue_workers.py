# Article 3.2.1: worker threads take tasks from a queue.Queue; queue.join()
# waits until every task has been marked done.
import queue
import threading

num_threads = 3
results = []
results_lock = threading.Lock()


def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def worker(queue):
    while True:
        task = queue.get()      # waits (without the GIL) for a task
        if task is None:        # the signal to stop
            queue.task_done()
            break
        steps = collatz_steps(task)
        with results_lock:
            results.append((task, steps))
        queue.task_done()       # one more task finished


if __name__ == "__main__":
    # Create a queue
    q = queue.Queue()
    # Create several threads that take from the queue
    threads = []
    for i in range(num_threads):
        thread = threading.Thread(target=worker, args=(q,))
        thread.start()
        threads.append(thread)
    # Put tasks into the queue
    for task in [27, 97, 871, 6171, 77031, 837799]:
        q.put(task)
    # Wait until all the tasks are done
    q.join()
    print("unfinished tasks after join():", q.unfinished_tasks)
    for task, steps in sorted(results):
        print("%6d takes %3d steps to reach 1" % (task, steps))

    for _ in threads:
        q.put(None)
    for thread in threads:
        thread.join()
    print("workers still alive:", sum(t.is_alive() for t in threads))

    small = queue.Queue(maxsize=2)
    small.put("a")
    small.put("b")
    try:
        small.put("c", timeout=0.01)
    except queue.Full:
        print("a full queue refuses after the timeout: queue.Full")
    print(small.get(), small.get(), small.empty())
    try:
        small.get_nowait()
    except queue.Empty:
        print("an empty queue: queue.Empty")
