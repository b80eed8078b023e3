s = "banana"
print(s.find("an"), s.rfind("an"), s.find("x"), s.index("n"), s.rindex("n"))
print(s.find("a", 2), s.find("a", 2, 3), s.count("a"), s.count("an"), s.count(""))
print(s.count("a", 2), "aaaa".count("aa"))
