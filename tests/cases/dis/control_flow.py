def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    return "positive" if n < 100 else "large"

total = 0
i = 0
while i < 10:
    i += 1
    if i % 3 == 0:
        continue
    total += i
else:
    total = -total
for word in ["a", "bb", "ccc"]:
    if len(word) > 2:
        break
print(classify(total), word)
