s = "hello wORLD, it's a-test 3rd"
print(s.title())
print(s.capitalize())
print(s.swapcase())
print(s.upper(), s.lower())
print("ß".upper(), "İ".lower() == "i̇")
print("hello".casefold(), "HeLLo".istitle(), "Hello World".istitle())
