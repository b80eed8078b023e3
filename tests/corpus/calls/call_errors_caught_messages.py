def f(a, b, *, c):
    pass

def g(x, /, y):
    pass

class K:
    def m(self, v):
        pass

attempts = [
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(1, 2, 3, c=4),
    lambda: f(1, 2, c=3, d=4),
    lambda: f(1, 2, c=3, a=1),
    lambda: g(x=1, y=2),
    lambda: g(1),
    lambda: K().m(),
    lambda: K().m(1, 2),
    lambda: K.m(),
    lambda: (lambda: 0)(1),
    lambda: (lambda *, k: 0)(),
]
for a in attempts:
    try:
        a()
    except TypeError as e:
        print(e)
