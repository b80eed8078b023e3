def add(a, b): return a + b
def sub(a, b): return a - b
ops = {"+": add, "-": sub, "*": lambda a, b: a * b}
program = [("+", 2, 3), ("*", 4, 5), ("-", 10, 4)]
for op, a, b in program:
    print(a, op, b, "=", ops[op](a, b))
