def make(n):
    factor = n
    return [i * factor for i in range(3)]

print(make(5))
def nested():
    offset = 100
    return {k: [v + offset for v in range(k)] for k in range(3)}
print(nested())
