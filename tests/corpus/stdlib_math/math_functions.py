import math
print(math.sqrt(16), math.sqrt(2))
print(math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7))
print(math.pow(2, 10), math.exp(0), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024))
print(math.fabs(-3), math.factorial(10), math.gcd(12, 18), math.lcm(4, 6))
print(math.isqrt(17), math.comb(5, 2), math.perm(5, 2), math.prod([1, 2, 3, 4]))
