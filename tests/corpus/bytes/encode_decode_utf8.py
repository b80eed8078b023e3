s = "héllo wörld €"
b = s.encode("utf-8")
print(b)
print(len(s), len(b))
print(b.decode("utf-8") == s)
print("abc".encode(), b"abc".decode())
print("日本".encode("utf-8"))
