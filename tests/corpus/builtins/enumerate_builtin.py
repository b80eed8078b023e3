for i, v in enumerate(['a', 'b', 'c']):
    print(i, v)
for i, v in enumerate('xy', start=1):
    print(i, v)
print(list(enumerate([10, 20], 5)))
print(list(enumerate('')))
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a + b)
for i, k in enumerate({'p': 1, 'q': 2}):
    print(i, k)
