print(float('3.14'), float('  -2.5  '), float('1e3'), float('.5'), float('5.'))
print(float('inf'), float('-inf'), float('+inf'), float('INF'), float('Infinity'))
print(float('nan'), float('-nan'), float('NaN'))
print(float(10), float(-0), float(True))
print(float('1_000.5'))
print(float(2**53), float(10**16))
print(float(), float('0'), float('-0'))
print(float('1e-400'), float('1e400'))
try:
    float('abc')
except ValueError as e:
    print(e)
try:
    float('')
except ValueError as e:
    print(e)
