samples = [b"caf\xc3\xa9", b"bad\xff", b"cut\xe2\x82", b"\xe2\x82x", b"\xed\xa0\x80", b"\xf0\x9f\x98\x80", b"\xc0\xaf"]
for data in samples:
    try:
        print(ascii(data.decode()))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
    print(ascii(data.decode("utf-8", "replace")), ascii(data.decode("utf-8", errors="ignore")))
    print(data.decode("utf-8", "backslashreplace"), ascii(data.decode("latin-1")))
try:
    b"ok\x80ok".decode("ascii")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e, e.start, e.end, e.reason)
print(b"ok\x80ok".decode("ascii", "replace"), b"ok\x80".decode("us-ascii", "ignore"))
print(str(b"\xe9t\xe9", "latin_1"), bytearray(b"hi").decode())
try:
    b"x".decode("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
