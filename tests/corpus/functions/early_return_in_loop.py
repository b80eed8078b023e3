def find_index(items, target):
    for i in range(len(items)):
        if items[i] == target:
            return i
    return -1
print(find_index(['a', 'b', 'c'], 'c'))
print(find_index(['a', 'b', 'c'], 'z'))
def first_negative(rows):
    for row in rows:
        for v in row:
            if v < 0:
                return v
print(first_negative([[1, 2], [3, -4, -5]]))
print(first_negative([[1]]))
