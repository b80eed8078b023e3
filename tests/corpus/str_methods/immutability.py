s = 'abc'
try:
    s[0] = 'z'
except TypeError as e:
    print(e)
t = s
s += 'd'
print(s, t)
print(s.upper(), s)
