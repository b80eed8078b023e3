x = "outer"
squares = [x * x for x in range(4)]
print(squares, x)
total = sum(y for y in range(5))
try:
    print(y)
except NameError as e:
    print("NameError:", e)
