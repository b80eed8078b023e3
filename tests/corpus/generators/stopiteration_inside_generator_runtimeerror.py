def gen():
    yield 1
    raise StopIteration("inner")

try:
    print(list(gen()))
except RuntimeError as e:
    print("RuntimeError:", e)
    print(type(e.__cause__).__name__)
