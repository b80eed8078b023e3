class Plain:
    pass

print("iterating")
for x in Plain():
    print(x)
