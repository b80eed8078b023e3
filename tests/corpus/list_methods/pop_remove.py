lst = [10, 20, 30, 40, 50]
print(lst.pop(), lst)
print(lst.pop(0), lst)
print(lst.pop(-2), lst)
print(lst.pop(1), lst)
lst = ['a', 'b', 'a', 'c']
lst.remove('a')
print(lst)
lst.remove('a')
print(lst)
try:
    lst.remove('zz')
except ValueError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    [1].pop(5)
except IndexError as e:
    print(e)
