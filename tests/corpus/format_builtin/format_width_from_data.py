names = ["ann", "bartholomew", "cy"]
w = max(len(n) for n in names)
for n in names:
    print("[{:>{}}]".format(n, w), "[{:<{w}}]".format(n, w=w))
