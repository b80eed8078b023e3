class Plain:
    pass

print("len")
print(len(Plain()))
