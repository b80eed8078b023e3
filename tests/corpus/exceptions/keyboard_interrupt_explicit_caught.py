try:
    raise KeyboardInterrupt
except Exception:
    print("not reached: Exception does not catch it")
except BaseException as e:
    print("caught", type(e).__name__, repr(e))
try:
    raise KeyboardInterrupt("ctrl-c")
except KeyboardInterrupt as e:
    print("args", e.args)
