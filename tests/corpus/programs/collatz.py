def collatz_steps(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps

def collatz_seq(n):
    seq = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        seq.append(n)
    return seq

print(collatz_seq(6))
print(collatz_seq(27)[:10], len(collatz_seq(27)))
best = 1
best_steps = 0
for i in range(1, 3000):
    s = collatz_steps(i)
    if s > best_steps:
        best = i
        best_steps = s
print('longest under 3000:', best, best_steps)
print(max(collatz_seq(27)))
