words = ["\u01c6emal", "\u01c4ULE", "\u01c9ubljana \u01ccoj", "\u00dfen", "\ufb01sh \ufb02ow",
         "\u1f80\u03b4\u03b7", "hello world", "o'neil mc-donald", "\u03b1\u03a3"]
for w in words:
    print(ascii(w.title()), ascii(w.capitalize()), w.title().istitle())
print("\u01c5".istitle(), "\u01c5a".istitle(), "a\u01c5".istitle(), "\u01c5".isupper(), "\u01c5".islower())
print(ascii("\u01c5".upper()), ascii("\u01c5".lower()), ascii("\u01c5".swapcase()))
for w in ["\u0391\u03a3", "\u0391\u03a3 \u0392", "\u03a3\u0391", "\u039f\u0394\u039f\u03a3."]:
    print(ascii(w.title()), ascii(w.swapcase()), ascii(w.lower()), ascii(w.capitalize()))
