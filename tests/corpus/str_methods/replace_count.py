s = "one one one"
print(s.replace("one", "two"), s.replace("one", "two", 2), s.replace("x", "y"))
print("aaa".replace("a", "bb"), "abc".replace("", "-"), "abc".replace("", "-", 2))
text = "the cat sat on the mat"
for old, new in [("at", "og"), ("the", "a"), (" ", "_")]:
    text = text.replace(old, new)
    print(text)
