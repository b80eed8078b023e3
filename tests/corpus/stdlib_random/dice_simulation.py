import random
random.seed(2024)
counts = [0] * 7
for _ in range(600):
    counts[random.randint(1, 6)] += 1
print(counts[1:], sum(counts))
print(max(range(1, 7), key=lambda f: counts[f]))
