# str.replace with nothing to replace gives the same string, as CPython.
s = "abc"
print(s.replace("x", "y") is s, s.replace("a", "b", 0) is s, s.replace("", "-", 0) is s, s.replace("a", "a") is s)
print(s.replace("", "-"), s.replace("", "-", 2), s.replace("b", "B"), s.replace("b", "", -1), "".replace("", "x"))
print("a,b.c".replace(",", "").replace(".", ""), "aaa".replace("a", "b", 2), "aaa".replace("a", "b", -5))
