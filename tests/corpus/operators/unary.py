x = 5
print(-x, +x, ~x)
print(~0, ~-1, ~255)
print(- -x, -(-x))
print(not x, not 0, not '')
print(-True, +False, ~True)
print(-3.5, +3.5)
print(--5, ~~5)
