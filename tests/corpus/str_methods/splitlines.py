text = "one\ntwo\r\nthree\rfour\n"
print(text.splitlines())
print(text.splitlines(keepends=True))
print("".splitlines(), "x".splitlines(), "\n\n".splitlines())
