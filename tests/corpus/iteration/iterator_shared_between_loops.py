it = iter(range(10))
for x in it:
    print("first loop", x)
    if x == 3:
        break
for x in it:
    print("second loop", x)
    if x == 5:
        break
print(list(it))
