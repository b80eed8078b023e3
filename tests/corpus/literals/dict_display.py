d = {'a': 1, 'b': 2, 'a': 3}
print(d)
print(len(d))
d2 = {1: 'x', 1.0: 'y', True: 'z'}
print(d2)
d3 = {'nested': {'deeper': {'deepest': []}}}
print(d3['nested']['deeper'])
print({(1, 2): 'pair'}[(1, 2)])
e = {}
print(e, len(e))
