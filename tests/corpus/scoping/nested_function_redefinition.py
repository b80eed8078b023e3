def outer(flag):
    if flag:
        def helper():
            return 'first'
    else:
        def helper():
            return 'second'
    return helper()
print(outer(True), outer(False))
def make():
    fns = []
    for n in range(3):
        def f(n=n):
            return n * n
        fns.append(f)
    return fns
out = []
for fn in make():
    out.append(fn())
print(out)
