print(1.5)
print(1.5 / 0.0)
