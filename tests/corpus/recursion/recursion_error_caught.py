def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print('caught', type(e).__name__)
    print(isinstance(e, RuntimeError))
print('still running')
def ok(n):
    if n == 0:
        return 'bottom'
    return ok(n - 1)
print(ok(100))
