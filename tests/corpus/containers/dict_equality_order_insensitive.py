a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, list(a) == list(b))
print({1: [1]} == {1: [1]}, {} == dict())
