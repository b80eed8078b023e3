class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        print("delegating", name)
        return getattr(self._target, name)

p = Proxy([3, 1, 2])
p.sort()
print(p._target)
print(p.count(1))
