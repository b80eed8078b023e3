def gcd(a, b):
    if b == 0:
        return a
    return gcd(b, a % b)
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(2**64, 2**40 * 3))
def digits_sum(n):
    if n < 10:
        return n
    return n % 10 + digits_sum(n // 10)
print(digits_sum(2**100))
