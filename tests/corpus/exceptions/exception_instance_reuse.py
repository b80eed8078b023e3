err = ValueError("shared")
count = 0
for i in range(3):
    try:
        raise err
    except ValueError as e:
        count += e is err
print(count)
