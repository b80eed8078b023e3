s = "  \t spaced out \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHelloCBA".strip("abcABC"), "www.example.com".lstrip("w."))
print("file.txt.bak".rstrip(".bak"), "mississippi".strip("mip"))
