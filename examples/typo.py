# A typo: the comma between two list items is missing.
scores = [90, 72 85]
print(sum(scores))
