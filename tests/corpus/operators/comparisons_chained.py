x = 2
print(1 < x < 3)
print(1 < x > 3)
print(1 < 2 < 3 < 4 < 5)
print(1 < 2 > 1 < 2)
print(3 > 2 == 2)
print(1 == 1.0, 1 != 1.0)
print(1 < 1.5, 2 >= 2.0)
print(0 == False, 1 == True)
print(x == 2 == 2.0)
def f(v):
    print('eval', v)
    return v
print(f(1) < f(2) < f(0) < f(3))
print(f(5) < f(1) < f(10))
