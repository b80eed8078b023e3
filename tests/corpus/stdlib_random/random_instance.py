import random
r1 = random.Random(7)
r2 = random.Random(7)
print([r1.randint(0, 9) for _ in range(8)])
print([r2.randint(0, 9) for _ in range(8)])
print(r1.choice("xyz"), r2.choice("xyz"))
