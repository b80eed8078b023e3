class Recorder:
    def __call__(self, *args, **kwargs):
        return "args=%r kwargs=%r" % (args, sorted(kwargs.items()))

r = Recorder()
print(r())
print(r(1, 2))
print(r(a=1, b=2))
print(r(1, *[2, 3], c=4, **{"d": 5}))
