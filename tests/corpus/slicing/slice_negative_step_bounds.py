xs = list(range(6))
print(xs[4:0:-1], xs[4::-1], xs[:1:-1], xs[-1:-7:-1])
print(xs[10:0:-2], xs[0:4:-1])
print("abcdef"[-2::-2])
