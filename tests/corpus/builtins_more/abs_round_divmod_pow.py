print(abs(-5), abs(3.5), abs(-0.0), abs(True))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(7.0))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(2, 0))
