import random
random.seed(42)
a = [random.random() for _ in range(3)]
random.seed(42)
b = [random.random() for _ in range(3)]
print(a == b)
print(round(random.uniform(1, 10), 6))
random.seed("text seed")
print(random.randint(0, 1000))
