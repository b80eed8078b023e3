# Article 4.2.2: watch a daemon process with is_alive(), active_children()
# and current_process().
import multiprocessing


def daemon_process(ticks, replies):
    handled = 0
    while True:
        tick = ticks.get()
        if tick is None:        # asked to stop
            replies.put("done")
            return
        handled += 1
        print("  daemon: handled tick", tick, flush=True)
        replies.put(handled)


if __name__ == "__main__":
    ticks = multiprocessing.Queue()
    replies = multiprocessing.Queue()
    p = multiprocessing.Process(target=daemon_process, args=(ticks, replies),
                                name="ticker", daemon=True)
    p.start()
    me = multiprocessing.current_process()
    print("I am", me.name, "- my children:",
          [c.name for c in multiprocessing.active_children()], flush=True)
    # Monitor the daemon process
    checks = 0
    while p.is_alive():
        checks += 1
        print("check %d: %s is running" % (checks, p.name), flush=True)
        ticks.put(checks if checks < 3 else None)
        if replies.get() == "done":
            p.join()  # it has returned: wait until it has exited
    print("is_alive:", p.is_alive(), "- exitcode:", p.exitcode,
          "- my children:", multiprocessing.active_children())
