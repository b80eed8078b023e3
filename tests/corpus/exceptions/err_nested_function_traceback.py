def level3(x):
    return x["field"]

def level2(x):
    return level3(x) + 1

def level1():
    data = [{"field": 1}, {"other": 2}]
    return [level2(d) for d in data]

print("begin")
level1()
