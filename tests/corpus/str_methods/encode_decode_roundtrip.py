for s in ["plain", "café", "Ω≈ç", "🙂"]:
    b = s.encode("utf-8")
    print(s, len(s), len(b), list(b)[:4], b.decode("utf-8") == s)
raw = "line\u00e9".encode("utf-8")
print(raw, raw.decode("latin-1"), raw.decode("utf-8"))
print("x".encode("ascii"), "é".encode("latin-1"))
