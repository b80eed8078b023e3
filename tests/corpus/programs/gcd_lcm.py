def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

def lcm(a, b):
    if a == 0 or b == 0:
        return 0
    return abs(a * b) // gcd(a, b)

pairs = [(12, 18), (17, 5), (0, 7), (100, 75), (-12, 8), (2**40, 6**20)]
for a, b in pairs:
    print('gcd(%d, %d) = %d, lcm = %d' % (a, b, gcd(a, b), lcm(a, b)))

def lcm_range(n):
    result = 1
    for i in range(1, n + 1):
        result = lcm(result, i)
    return result
print(lcm_range(10), lcm_range(20), lcm_range(50))

def simplify(num, den):
    g = gcd(num, den)
    return num // g, den // g
print(simplify(84, 126), simplify(3, 9), simplify(7, 13))
