lst = list(range(10))
print(lst[0], lst[-1], lst[5])
print(lst[2:5], lst[:3], lst[7:], lst[-3:])
print(lst[::3], lst[::-1], lst[8:2:-2])
print(lst[100:], lst[-100:2], lst[5:5])
t = (1, 2, 3, 4)
print(t[1:3], t[::-1], t[-1], t[:0])
nested = [[1, 2], [3, 4]]
print(nested[1][0], nested[-1][-1])
try:
    lst[10]
except IndexError as e:
    print(e)
try:
    t[-5]
except IndexError as e:
    print(e)
