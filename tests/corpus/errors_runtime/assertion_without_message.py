print('asserting')
assert 1 + 1 == 3
