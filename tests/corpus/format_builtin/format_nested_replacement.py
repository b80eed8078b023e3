print("{:{}{}}".format("x", ">", 5))
print("{0:{fill}^{w}}".format("mid", fill="-", w=9))
print("{:.{}f}".format(2.71828, 3))
rows = [("a", 1.5), ("bbb", 22.25)]
for name, val in rows:
    print("{0:<{w}}|{1:>{w}.{p}f}|".format(name, val, w=6, p=2))
