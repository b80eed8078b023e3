# splitlines: every line break Python knows, with and without keepends.
text = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve"
print(text.splitlines())
print(text.splitlines(True))
print(text.splitlines(keepends=True) == text.splitlines(True))
for t in ["", "\n", "\n\n", "x\r", "x\r\n", "\r\n\r\n", "no break", "trailing\n", "é\u2028ü\r"]:
    print(repr(t), t.splitlines(), t.splitlines(True))
words = ("alpha beta gamma " * 30).split()
print(len(words), words[:3], words[-1])
print("a,b,,c,".split(","), "a b  c".split(" "), "  lead and trail  ".split())
print("x".join("abc").split("x", 1), "1 2 3 4".split(None, 2))
