text = '''It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity.'''

lines = text.split('\n')
words = text.split()
letters = 0
vowels = 0
for ch in text:
    if ch.lower() != ch.upper():
        letters += 1
        if ch.lower() in 'aeiou':
            vowels += 1
print('lines:', len(lines))
print('words:', len(words))
print('characters:', len(text))
print('letters:', letters, 'vowels:', vowels)
total_len = 0
freq = {}
for w in words:
    clean = w.strip(',.').lower()
    total_len += len(clean)
    freq[clean] = freq.get(clean, 0) + 1
print('average word length: %.2f' % (total_len / len(words)))
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for w, n in top[:4]:
    print('%-6s %2d %s' % (w, n, '*' * n))
longest_line = max(lines, key=len)
print('longest line has', len(longest_line), 'chars')
print('sentences ending with period:', text.count('.'))
