bad = [('abc', 10), ('1.5', 10), ('', 10), (' ', 10), ('12a', 10), ('2', 2), ('g', 16), ('0x1f', 10), ('1__0', 10), ('_1', 10), ('010', 0)]
for s, base in bad:
    try:
        int(s, base)
    except ValueError as e:
        print(e)
try:
    int('5', 1)
except ValueError as e:
    print(e)
try:
    int('5', 37)
except ValueError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print(e)
try:
    int([1])
except TypeError as e:
    print(e)
