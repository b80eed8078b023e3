xs = list(range(10))
print(xs[2:5], xs[:3], xs[7:], xs[:], xs[-3:], xs[:-7])
print(xs[::2], xs[1::2], xs[::-1], xs[::-3])
print(xs[8:2:-2], xs[-1:-4:-1], xs[5:5], xs[9:1])
