print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(6), "12345".zfill(3))
print("".zfill(3), "-".zfill(3))
for n in [7, -7, 123]:
    print(str(n).zfill(4))
