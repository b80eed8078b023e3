class Defaults:
    x = 1
    def __getattr__(self, name):
        return "default-" + name

d = Defaults()
d.y = 2
print(d.x, d.y, d.z, d.anything)
