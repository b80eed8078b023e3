values = [1, 1.5, 'a', True, None, [1], (1,), {}, range(2), 2**100, len, print]
for v in values:
    print(type(v).__name__)
print(type(type(1)).__name__)
print(type(1) == type(2), type(1) == type(1.0))
print(type('x') == str, type([]) == list)
