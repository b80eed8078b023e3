# str.replace with a one-character old string (the memchr path), counts, empty old strings and identity.
s = "a,b,,c,"
print(s.replace(",", ""), s.replace(",", ";;"), s.replace(",", "", 2), s.replace("x", "y") is s, s.replace(",", ",") is s)
print("".replace("", "x"), "ab".replace("", "-"), "ab".replace("", "-", 1), "ééé".replace("é", "e"), "aaa".replace("a", "b", 0) == "aaa")
print("hello".replace("l", "L"), "hello".replace("ll", "LL"), "x.y.z".replace(".", ""), "no dots".replace(".", "") == "no dots")
