print(ascii("plain"), ascii("café"), ascii("日本"), ascii(["é"]))
print(ascii(1), ascii(None))
for s in ["tab\t", "naïve", "€uro"]:
    a = ascii(s)
    print(a, len(a), a == repr(s))
