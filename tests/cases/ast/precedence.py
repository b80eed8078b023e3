x = 1 + 2 * 3 ** -4 // 5 % 6
y = not a or b and c
z = a < b <= c != d in e not in f is g is not h
w = -x ** 2
v = (a if b else c) if d else e
u = a | b ^ c & d << e >> f
t = lambda: 0 or 1
