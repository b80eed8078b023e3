text = b"one\ntwo\r\nthree\rfour\n\nfive"
print(text.splitlines())
print(text.splitlines(True))
print(text.splitlines(keepends=True))
print(b"".splitlines(), b"\n".splitlines(), b"no newline".splitlines())
# bytes only break on \n and \r, not on \x0b, \x0c or \x1c.
print(b"a\x0bb\x0cc\x1cd".splitlines())
print(bytearray(b"x\ny").splitlines())
