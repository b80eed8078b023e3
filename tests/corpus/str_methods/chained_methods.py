raw = '  Hello, World!  '
print(raw.strip().lower().replace('world', 'there'))
print('-'.join(raw.strip().split(', ')))
words = 'the quick brown fox'.split()
print(' '.join(reversed(words)).upper())
csv = 'name, age ,city '
fields = []
for f in csv.split(','):
    fields.append(f.strip())
print(fields)
