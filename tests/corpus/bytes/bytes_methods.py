b = b"  Hello, World  "
print(b.strip(), b.lower(), b.upper())
print(b.strip().split(b", "))
print(b"-".join([b"a", b"b", b"c"]))
print(b"abc".replace(b"b", b"XX"), b"abcabc".find(b"c"), b"abc".startswith(b"ab"))
print(b"hex".hex(), bytes.fromhex("68 65 78"))
print(b"12".isdigit(), b"ab".isalpha())
