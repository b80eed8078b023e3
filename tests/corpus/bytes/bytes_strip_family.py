padded = b" \t\n hello \r\x0b\x0c"
print(padded.strip(), padded.lstrip(), padded.rstrip())
print(b"xxhixx".strip(b"x"), b"xyhiyx".lstrip(b"xy"), b"xyhiyx".rstrip(b"yx"))
print(b"hi".strip(None), b"www.example.com".strip(b"cmowz."))
print(bytearray(b"  ba  ").strip(), b"--a--".strip(bytearray(b"-")))
print(b"\x1chi\x1c".strip())
try:
    b"abc".strip("a")
except TypeError as e:
    print("TypeError:", e)
