class K:
    a = 1
    b = 2
    names = sorted(k for k in locals() if not k.startswith("__"))

print(K.names)
