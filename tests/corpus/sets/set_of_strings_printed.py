words = {"banana", "apple", "cherry"}
print(words)
print(sorted(words))
print(len(words), "apple" in words)
print(set("mississippi"))
