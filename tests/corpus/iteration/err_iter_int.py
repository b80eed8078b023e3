n = 42
print("n is", n)
for digit in n:
    print(digit)
