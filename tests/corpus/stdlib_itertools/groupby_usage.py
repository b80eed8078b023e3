from itertools import groupby
data = "aaabccdaa"
print([(k, len(list(g))) for k, g in groupby(data)])
words = sorted(["apple", "avocado", "banana", "cherry", "blueberry"], key=lambda w: w[0])
for letter, group in groupby(words, key=lambda w: w[0]):
    print(letter, list(group))
