class Thing:
    pass

print("start")
t = Thing()
print(t + 1)
