count = {'pos': 0, 'neg': 0, 'zero': 0}
for v in [3, -1, 0, 7, -8, 0, 2]:
    key = 'pos' if v > 0 else 'neg' if v < 0 else 'zero'
    count[key] += 1
print(count)
