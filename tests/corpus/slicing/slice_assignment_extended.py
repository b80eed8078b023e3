xs = list(range(8))
xs[::2] = ["e"] * 4
print(xs)
xs[1::3] = [10, 20, 30]
print(xs)
try:
    xs[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
