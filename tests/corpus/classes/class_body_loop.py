class Table:
    squares = {}
    for i in range(5):
        squares[i] = i * i
    del i

print(Table.squares)
print(hasattr(Table, "i"))
