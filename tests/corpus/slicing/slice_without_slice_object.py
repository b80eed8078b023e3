# xs[a:b] on lists, tuples and ASCII strings is made without a slice
# object; the results, their identity and the errors stay CPython's.
s = "hello world"
t = (1, 2, 3, 4)
xs = [1, 2, 3, 4]
print(s[:] is s, s[0:] is s, s[:100] is s, t[:] is t, t[0:4] is t, xs[:] is xs)
print(s[0:1] is s[0], s[2:3] is s[3], s[1:3], s[-3:], s[:-3], s[5:2], s[-100:2], s[3:None])
print(t[1:], t[:-1], t[2:2], xs[1:3], xs[-2:], xs[10:], xs[:0])
u = "déjà vu"
print(u[1:4], u[:2], u[-2:])
print(s[True:3], xs[False:True])
class I:
    def __index__(self):
        return 2
print(s[I():], xs[:I()], t[I():I()])
big = 2**70
print(s[:big], xs[-big:], t[big:])
try:
    s["a":]
except TypeError as e:
    print("TypeError:", e)
try:
    n = 5
    n[1:2]
except TypeError as e:
    print("TypeError:", e)
b = b"bytes"
print(b[1:3], bytearray(b"xy")[1:], range(10)[2:5])
