def countdown(n, *, acc=None):
    if acc is None:
        acc = []
    if n == 0:
        return acc
    acc.append(n)
    return countdown(n - 1, acc=acc)

print(countdown(5))
print(countdown(0))
