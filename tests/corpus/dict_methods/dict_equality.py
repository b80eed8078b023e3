a = {'x': 1, 'y': 2}
b = {'y': 2, 'x': 1}
print(a == b, a != b)
print({} == {}, {1: 2} == {1: 2.0})
print({'a': [1]} == {'a': [1]})
print(list(a) == list(b))
