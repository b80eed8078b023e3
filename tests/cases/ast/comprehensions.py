squares = [x * x for x in range(10) if x % 2]
pairs = {(a, b) for a in 'ab' for b in 'cd'}
index = {k: v for k, v in enumerate('xyz')}
total = sum(n for n in range(5))
text = f'{total!r:>10} and {index["0"] if 0 in index else "none"}'
