nums = range(-3, 4)
print(["pos" if n > 0 else "zero" if n == 0 else "neg" for n in nums])
print([abs(n) if n < 0 else n * 10 for n in nums])
print({n: (n if n % 2 else None) for n in range(4)})
