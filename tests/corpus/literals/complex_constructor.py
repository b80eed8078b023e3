# complex() from strings, from complex parts, and its errors.
for s in ['1+2j', '(1+2j)', ' 3j ', '-1.5e2-4J', 'j', '-j', '2', 'inf+nanj', '1 + 2j', '', '1e-3+1e+3j', '+j', '1+', 'x']:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), e)
try:
    complex('1', 2)
except TypeError as e:
    print(e)
print(complex(1 + 2j), complex(1, 2j), complex(1j, 1j), complex(), complex(2.5), complex(True, 3))
