a = [1, 2, 3]
b = a
c = a[:]
b.append(4)
print(a, b, c)
print(a is b, a is c, a == c + [4])
def mutate(lst):
    lst.append('mutated')
mutate(c)
print(c)
m = [[0] * 2] * 2
m[0][0] = 1
print(m)
m2 = []
for _ in range(2):
    m2.append([0] * 2)
m2[0][0] = 1
print(m2)
