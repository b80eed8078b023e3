for n in [0, 1, 10, 255, -255, 2**64, -1]:
    print(n, hex(n), oct(n), bin(n))
print(hex(0xDEADBEEF), bin(True))
