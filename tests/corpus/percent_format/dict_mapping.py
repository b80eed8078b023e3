data = {"name": "ann", "n": 3, "ratio": 0.5}
print("%(name)s has %(n)d items (%(ratio).1f)" % data)
print("%(name)r %(name)s" % data)
rows = [{"k": "a", "v": 1}, {"k": "bb", "v": 22}]
for r in rows:
    print("%(k)-4s=%(v)03d" % r)
