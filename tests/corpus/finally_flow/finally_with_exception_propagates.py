def f():
    try:
        raise ValueError("boom")
    finally:
        print("cleanup happens")

try:
    f()
except ValueError as e:
    print("caught after cleanup:", e)
