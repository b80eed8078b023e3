add = lambda a, b: a + b
print(add(2, 3))
print((lambda x=10: x * 2)())
print((lambda: 'no args')())
pairs = [(1, 'one'), (3, 'three'), (2, 'two')]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: -p[0]))
make_adder = lambda n: lambda x: x + n
print(make_adder(5)(10))
print((lambda a, b=2: a * b)(4), (lambda a, b=2: a * b)(4, b=3))
f = lambda: None
print(f())
print(add.__name__)
