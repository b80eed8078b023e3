import random
random.seed(3)
print(random.choices("abc", k=5))
print(random.choices([1, 2, 3], weights=[10, 1, 1], k=6))
print(round(random.gauss(0, 1), 6))
