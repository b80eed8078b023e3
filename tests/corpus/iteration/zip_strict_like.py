a = [1, 2, 3]
b = "ab"
print(list(zip(a, b)))
print(list(zip()))
print(list(zip(a)))
try:
    list(zip(a, b, strict=True))
except ValueError as e:
    print("ValueError:", e)
