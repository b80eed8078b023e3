vowels = 0
for ch in 'Programming in Python':
    if ch.lower() in 'aeiou':
        vowels += 1
print(vowels)
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(list('héllo'))
