print(pow(2, 10), pow(2, -1), pow(2.0, 3))
print(pow(3, 4, 5), pow(2, 100, 1000000007))
print(pow(-2, 3), pow(-2, 3, 5), pow(2, 3, -5))
print(pow(3, -1, 7), pow(2, -3, 11))
print(pow(0, 0), pow(0.0, 0))
print(pow(-8, 1/3) if False else pow(4, 0.5))
print(pow(10, 18))
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print(e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
