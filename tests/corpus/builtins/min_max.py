print(min(3, 1, 2), max(3, 1, 2))
print(min([4, 2, 8]), max([4, 2, 8]))
print(min('hello'), max('hello'))
print(min((1, 'b'), (1, 'a')), max([[1, 2], [1, 3]]))
print(min(['banana', 'kiwi', 'apple'], key=len), max(['banana', 'kiwi', 'apple'], key=len))
print(max([1, -5, 3], key=abs), min([1, -5, 3], key=abs))
print(min([], default='empty'), max([], default=None))
print(max(1, 2.5), min(-1, -1.5))
print(max([3, 1, 3], key=lambda x: 0))
print(min(range(5, 10)))
print(max({'a': 3, 'b': 1}))
print(max(1, 1.0), max(1.0, 1))
words = ['aa', 'b', 'cc', 'd']
print(max(words, key=len), min(words, key=len))
try:
    max([])
except ValueError as e:
    print(e)
try:
    min([])
except ValueError as e:
    print(e)
