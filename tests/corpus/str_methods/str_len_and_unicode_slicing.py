s = "añb€c😀"
print(len(s), s[1], s[3], s[-1] == "😀", s[::-1][0] == "😀")
print([ord(c) for c in s[:4]])
word = "naïveté"
print(word.upper(), word[2:5], len(word.encode("utf-8")))
print(word.find("é"), word.count("é"))
