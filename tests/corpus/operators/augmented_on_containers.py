a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
t = (1, 2)
u = t
t += (3,)
print(t, u)
lst = [10, 20, 30]
lst[1] += 5
lst[-1] *= 2
print(lst)
d = {'n': 1}
d['n'] += 10
d['m'] = 0
d['m'] -= 1
print(d)
nested = {'l': [1]}
nested['l'] += [2, 3]
print(nested)
m = [[1, 2], [3, 4]]
m[1][0] **= 2
print(m)
