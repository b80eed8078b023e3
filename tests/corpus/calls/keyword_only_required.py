def make(*, name, size):
    return name * size

print(make(name="ab", size=3))
try:
    make(name="x")
except TypeError as e:
    print("TypeError:", e)
try:
    make()
except TypeError as e:
    print("TypeError:", e)
