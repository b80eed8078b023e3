print(int("ff", 16), int("0x1f", 16), int("0b101", 0), int("0o17", 0), int("z", 36))
print(int(" 42 "), int("-7"), int(3.99), int(-3.99), int(True), int("1_000"))
print(int("12", 8), int(), int("0"))
for text, base in [("777", 8), ("zz", 36), ("-101", 2), ("0x10", 0)]:
    print(text, base, int(text, base))
