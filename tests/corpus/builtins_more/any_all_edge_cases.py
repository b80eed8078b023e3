print(any([]), all([]), any([0, 0]), all([1, 1]), any([0, 1]), all([1, 0]))
print(any("abc"), all(""), any([None, ""]), all([[], [1]]))
def check(x):
    print("check", x)
    return x > 2
print(any(check(x) for x in [1, 3, 5]))
print(all(check(x) for x in [3, 1, 5]))
