for x in [1, 2]:
    print('list', x)
for x in (3, 4):
    print('tuple', x)
for ch in 'hé!':
    print('str', ch)
for k in {'a': 1, 'b': 2}:
    print('dict key', k)
for i in range(3):
    print('range', i)
for i in range(10, 0, -4):
    print('neg range', i)
for item in []:
    print('never')
for k, v in {'x': 1}.items():
    print(k, v)
for v in {'x': 1, 'y': 2}.values():
    print('value', v)
