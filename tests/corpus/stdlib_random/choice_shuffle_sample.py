import random
random.seed(1)
items = ["a", "b", "c", "d", "e"]
print(random.choice(items))
random.shuffle(items)
print(items)
print(random.sample(range(100), 5))
print(random.randrange(0, 100, 5))
