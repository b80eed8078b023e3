words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words))
print(sorted(words, key=str.lower))
print("a" < "b", "a" < "B", "abc" < "abd", "ab" < "abc", "Z" < "a")
print(min(words), max(words))
