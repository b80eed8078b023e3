results = []
for s in ["1", "x", "3", "", "5"]:
    try:
        n = int(s)
    except ValueError as e:
        results.append("bad(" + str(e) + ")")
        continue
    results.append(n * n)
print(results)
