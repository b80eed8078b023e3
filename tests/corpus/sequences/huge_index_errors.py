# An index too big for a machine word: IndexError when subscripting, OverflowError for insert/pop.
x = [1]
for f in [lambda: x.insert(10**20, 0), lambda: x.pop(10**20), lambda: x[10**20], lambda: "ab"[10**20], lambda: x.index(1, 10**20)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t = (1, 2)
for f in [lambda: t[2**70], lambda: t[-2**70], lambda: [1][2**64:], lambda: "abc"[-2**80:2], lambda: b"ab"[2**70]]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
