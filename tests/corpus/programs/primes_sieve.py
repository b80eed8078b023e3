def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = False
    is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            multiple = p * p
            while multiple <= limit:
                is_prime[multiple] = False
                multiple += p
        p += 1
    primes = []
    for i in range(limit + 1):
        if is_prime[i]:
            primes.append(i)
    return primes

primes = sieve(100)
print(primes)
print('count below 100:', len(primes))
big = sieve(10000)
print('count below 10000:', len(big), 'largest:', big[-1])
twins = []
for i in range(len(primes) - 1):
    if primes[i + 1] - primes[i] == 2:
        twins.append((primes[i], primes[i + 1]))
print('twin primes:', twins)
