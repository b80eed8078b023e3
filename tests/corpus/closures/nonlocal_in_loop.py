def running_max():
    best = None
    def update(v):
        nonlocal best
        if best is None or v > best:
            best = v
        return best
    return update
upd = running_max()
out = []
for v in [3, 1, 4, 1, 5, 9, 2, 6]:
    out.append(upd(v))
print(out)
