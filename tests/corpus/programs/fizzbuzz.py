def fizzbuzz(n):
    out = []
    for i in range(1, n + 1):
        if i % 15 == 0:
            out.append('FizzBuzz')
        elif i % 3 == 0:
            out.append('Fizz')
        elif i % 5 == 0:
            out.append('Buzz')
        else:
            out.append(str(i))
    return out

for line in fizzbuzz(30):
    print(line)
counts = {}
for word in fizzbuzz(100):
    if word in ('Fizz', 'Buzz', 'FizzBuzz'):
        counts[word] = counts.get(word, 0) + 1
print(counts)
