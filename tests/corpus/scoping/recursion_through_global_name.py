def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
original = fact
def fact(n):
    return 'replaced'
print(original(5))
print(fact(5))
