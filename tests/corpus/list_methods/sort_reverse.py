lst = [5, 2, 8, 1, 9]
lst.sort()
print(lst)
lst.sort(reverse=True)
print(lst)
words = ['pear', 'Fig', 'apple', 'kiwi']
words.sort()
print(words)
words.sort(key=len)
print(words)
words.sort(key=lambda w: w.lower(), reverse=True)
print(words)
lst.reverse()
print(lst)
print(lst.sort(), lst.reverse())
empty = []
empty.sort()
print(empty)
try:
    [1, 'a'].sort()
except TypeError as e:
    print(e)
