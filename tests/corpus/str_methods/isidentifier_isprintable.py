for s in ["name", "_x1", "1abc", "with space", "", "class", "ñame"]:
    print(repr(s), s.isidentifier())
print("abc".isprintable(), "a\nb".isprintable(), "".isprintable())
print("abc".isascii(), "é".isascii())
