log = []
def f(x):
    log.append(x)
    return x

result = [f(a) + f(b) for a in range(2) for b in range(10, 12)]
print(result)
print(log)
