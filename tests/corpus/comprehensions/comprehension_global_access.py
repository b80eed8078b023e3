LIMIT = 3
def under():
    return [n for n in range(10) if n < LIMIT]

print(under())
LIMIT = 6
print(under())
