def make_fact():
    def fact(n):
        if n <= 1:
            return 1
        return n * fact(n - 1)
    return fact
f = make_fact()
print(f(5), f(20))
def outer(n):
    def helper(k):
        if k == 0:
            return []
        return helper(k - 1) + [k * n]
    return helper(n)
print(outer(4))
