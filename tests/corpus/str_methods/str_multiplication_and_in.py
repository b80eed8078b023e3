print("ab" * 3, 3 * "x", "x" * 0, "x" * -1 == "")
print("ell" in "hello", "" in "abc", "z" not in "abc")
print(len("hello" * 100))
line = "-" * 10
print(line, len(line))
print(f"|{' ' * 3}|", "ab" * 2 == "abab")
