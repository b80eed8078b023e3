for w in [0, 3, 8, 9]:
    print("[" + "abc".center(w) + "]", "[" + "abc".ljust(w) + "]", "[" + "abc".rjust(w) + "]")
print("ab".center(7, "*"), "x".ljust(4, "-"), "x".rjust(4, "0"))
print("abc".center(6, "."), "abcd".center(7, "."))
