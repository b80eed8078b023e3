s = "Hello, World"
print(s[:5], s[7:], s[-5:], s[::-1], s[::2], s[1:-1])
word = "racecar"
print(word == word[::-1], "python"[::-1])
print(s[3:3] == "", s[0:100])
