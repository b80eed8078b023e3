value = 3.5
print(format(value, ".1f"))
print(format(value, "q"))
