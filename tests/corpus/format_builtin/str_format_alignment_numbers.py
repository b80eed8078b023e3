print("{:<10}|{:>10}|{:^10}|".format("left", "right", "mid"))
print("{:*<8}{:#>8}".format("a", "b"))
print("{:.3f} {:e} {:%} {:,}".format(3.14159, 1234.5, 0.125, 10 ** 7))
print("{0:b} {0:o} {0:x} {0:#X}".format(200))
