out = []
for i in range(3):
    try:
        if i == 1:
            raise KeyError(i)
        out.append(i)
    finally:
        out.append("f%d" % i)
        continue
print(out)
