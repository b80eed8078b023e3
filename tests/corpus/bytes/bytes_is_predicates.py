samples = [b"", b"123", b"abc", b"ABC", b"Abc Def", b"abc1", b" \t\n", b"\xe9", b"Hello world", b"A1", b"\x7f"]
for s in samples:
    print(s, s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.islower(),
          s.isupper(), s.istitle(), s.isascii())
print(bytearray(b"ab").isalpha(), bytearray(b"\x80").isascii())
