s = "a,b,c,d"
print(s.split(","), s.split(",", 1), s.rsplit(",", 1), s.rsplit(",", 2))
print("  a  b   c ".split(), "  a  b   c ".split(None, 1), "  a  b   c ".rsplit(None, 1))
print("a,,b".split(","), "".split(","), "".split())
print("x".split("x"), "abcabc".split("bc"))
