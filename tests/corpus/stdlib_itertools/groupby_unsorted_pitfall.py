from itertools import groupby
data = [1, 1, 2, 1, 1, 3]
print([(k, list(g)) for k, g in groupby(data)])
print([(k, list(g)) for k, g in groupby(sorted(data))])
print([(k, len(list(g))) for k, g in groupby("aAbB", key=str.lower)])
