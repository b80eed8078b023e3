width = 8
prec = 3
value = 3.14159265
print(f"[{value:{width}.{prec}f}]")
print(f"[{'txt':{'>'}{width}}]")
for w in range(3, 6):
    print(f"{'ab':^{w}}|")
