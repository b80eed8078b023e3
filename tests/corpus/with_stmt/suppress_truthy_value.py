class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return "yes"

class Falsy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return 0

with Truthy():
    raise ValueError
print("truthy return suppressed")
try:
    with Falsy():
        raise ValueError("kept")
except ValueError as e:
    print("falsy return kept", e)
