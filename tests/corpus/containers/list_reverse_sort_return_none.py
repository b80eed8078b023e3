xs = [3, 1, 2]
result = xs.sort()
print(result, xs)
print(xs.reverse(), xs)
print(sorted(xs), xs)
print(list(reversed(xs)), xs)
