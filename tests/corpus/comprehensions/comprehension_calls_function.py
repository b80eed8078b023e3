def classify(n):
    if n < 0:
        return "neg"
    return "even" if n % 2 == 0 else "odd"

nums = [-2, -1, 0, 1, 2]
print([classify(n) for n in nums])
print({n: classify(n) for n in nums})
