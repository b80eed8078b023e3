for i, c in enumerate("abc", 10):
    print(i, c)
print(list(zip([1, 2, 3], "ab", (True, False, None))))
print(list(reversed([1, 2, 3])), "".join(reversed("stressed")))
print(dict(enumerate("xy")))
