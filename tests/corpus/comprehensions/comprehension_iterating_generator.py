def gen():
    for i in range(5):
        yield i

print([x * x for x in gen() if x % 2 == 0])
print({x: x for x in gen()})
print(sorted({x // 2 for x in gen()}))
