pairs = [("a", 1), ("b", 2), ("c", 3)]
letters, numbers = zip(*pairs)
print(letters, numbers)
print(list(zip(*[[1, 2, 3], [4, 5, 6]])))
