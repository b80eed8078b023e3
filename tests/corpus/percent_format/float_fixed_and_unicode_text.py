# %f with width/precision (rounding of the exact binary value), non-ASCII text between directives, and the char index in 'unsupported format character'.
for x in (0.5, 1.5, 2.5, 2.675, -0.0, -1.25, 1e20, 123456.789, -3.14159, 1e-7, 0.125):
    print("%f|%.0f|%5.2f|%-9.3f|%.10f|%3.1f|" % (x, x, x, x, x, x))
print("%.2f%%" % 12.345, "%s é %d" % ("ü", 3), b"%d-%s" % (4, b"x"))
try:
    print("abc é %y" % 3)
except ValueError as e:
    print(e)
try:
    print("%(a)s %(b)d" % {"a": "A", "b": 2}, "%(é)s" % {"é": 1})
    print("%" % ())
except ValueError as e:
    print(e)
