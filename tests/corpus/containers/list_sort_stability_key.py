records = [("b", 2), ("a", 2), ("c", 1), ("d", 3), ("e", 1)]
records.sort(key=lambda r: r[1])
print(records)
records.sort(key=lambda r: r[1], reverse=True)
print(records)
words = ["Banana", "apple", "cherry", "Apple"]
words.sort(key=str.lower)
print(words)
print(sorted([3, -1, 2, -5], key=abs))
