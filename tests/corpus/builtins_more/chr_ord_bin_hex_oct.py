print(bin(10), oct(10), hex(10), bin(-5), hex(-255), oct(0))
print(int(bin(37), 2), int(hex(300), 16))
print(ord("A"), chr(66), [chr(c) for c in range(97, 100)])
for n in [0, 1, 7, 64, 255]:
    print(n, bin(n), oct(n), hex(n), format(n, "08b"))
