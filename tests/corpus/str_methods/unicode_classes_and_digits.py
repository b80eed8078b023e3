# Unicode character classes, case mappings and digits of other scripts.
for s in ["é", "ß", "中", "٣", "½", "Ⅻ", "a1", "", " ", "\u2003", "ǅ", "Σ"]:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(),
          s.isspace(), s.isupper(), s.islower(), s.istitle(),
          s.upper(), s.lower(), s.title(), s.casefold(), s.swapcase())
print(int("٣٤"), float("١.٥"), int("１２"), int(" ٧ "), int("٣٤", 8))
print("straße".upper(), "ΣΑΣ".lower(), "ﬁ".upper(), "Straße".casefold() == "STRASSE".casefold())
try:
    int("٣x")
except ValueError as e:
    print(e)
