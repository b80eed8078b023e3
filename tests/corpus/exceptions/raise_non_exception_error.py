try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise 'string'
except TypeError as e:
    print(e)
