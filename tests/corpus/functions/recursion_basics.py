def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fact(10), fact(25))
print(fib(20))
def countdown(n):
    if n == 0:
        print('liftoff')
        return
    print(n)
    countdown(n - 1)
countdown(3)
