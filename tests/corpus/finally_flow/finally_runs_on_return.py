def f(x):
    try:
        if x:
            return "early"
        print("not early")
    finally:
        print("cleanup", x)
    return "late"

print(f(True))
print(f(False))
