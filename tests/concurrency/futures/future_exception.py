# Checks Future.exception() and result() re-raising the worker's exception.
from concurrent.futures import ThreadPoolExecutor

class MyError(Exception):
    pass

def fail(kind):
    if kind == "key":
        raise KeyError("missing")
    if kind == "mine":
        raise MyError("custom", 42)
    return "fine"

with ThreadPoolExecutor(2) as ex:
    fs = {k: ex.submit(fail, k) for k in ("key", "mine", "ok")}
for k, f in fs.items():
    exc = f.exception()
    print(k, type(exc).__name__, exc.args if exc else None)
try:
    fs["mine"].result()
except MyError as e:
    print("re-raised", e.args)
try:
    fs["key"].result()
except KeyError as e:
    print("re-raised", repr(e))
print(fs["ok"].result())
