# The sieve of Eratosthenes, and a few questions about the primes it finds.

def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    n = 2
    while n * n <= limit:
        if is_prime[n]:
            for multiple in range(n * n, limit + 1, n):
                is_prime[multiple] = False
        n += 1
    return [i for i in range(limit + 1) if is_prime[i]]


primes = sieve(100)
print("primes below 100:", len(primes))
for start in range(0, len(primes), 10):
    print(" ".join("%3d" % p for p in primes[start:start + 10]))

twins = []
for a, b in zip(primes, primes[1:]):
    if b - a == 2:
        twins.append((a, b))
print("twin primes:", twins[:6], "...")

gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
for gap in sorted(gaps):
    print("gap %d occurs %d times" % (gap, gaps[gap]))

print("sum of the first 25 primes:", sum(primes[:25]))
