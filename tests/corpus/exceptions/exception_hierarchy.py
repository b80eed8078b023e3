try:
    raise ZeroDivisionError('zd')
except Exception as e:
    print('caught by Exception:', e)
print(isinstance(KeyError('x'), Exception))
print(isinstance(RecursionError(), RuntimeError))
print(isinstance(UnboundLocalError(), NameError))
print(isinstance(NotImplementedError(), RuntimeError))
print(isinstance(IndexError(), KeyError))
print(isinstance(OverflowError(), Exception))
try:
    raise UnboundLocalError('sub')
except NameError as e:
    print('NameError caught', type(e).__name__)
try:
    raise NotImplementedError
except RuntimeError as e:
    print('RuntimeError caught', type(e).__name__)
