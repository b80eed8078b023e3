print(b"abc", b"", b"\x00\xff", b"it's", b'say "hi"', b"tab\tnl\n")
print(repr(b"\\"), b"\x7f\x80")
print(bytes(3), bytes([65, 66, 67]), bytes(range(3)))
print(type(b"x").__name__)
