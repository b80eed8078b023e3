raw = b"line1\nline2\r\nline3"
print(raw.splitlines())
print(raw.split(b"\n"))
print(b"a,b,,c".split(b","))
print(b" x  y ".split())
