def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'large'
for v in [-5, 0, 3, 42]:
    print(v, classify(v))
if []:
    print('empty list true?')
else:
    print('empty list false')
if 0.0 or None or '':
    print('no')
elif 'x':
    print('x is truthy')
