def risky():
    return {"a": 1}["b"]

try:
    risky()
except KeyError:
    print("logged, re-raising")
    raise
