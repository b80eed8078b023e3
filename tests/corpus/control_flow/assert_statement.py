assert True
assert 1 == 1, 'never shown'
try:
    assert False
except AssertionError as e:
    print('caught', repr(e), e.args)
try:
    assert 1 > 2, 'one is not greater than two'
except AssertionError as e:
    print('caught', e)
try:
    assert [], ['msg', 'list']
except AssertionError as e:
    print(e.args)
print('end')
