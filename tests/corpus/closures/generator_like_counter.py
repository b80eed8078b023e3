def counter(start, step):
    state = [start]
    def nxt():
        v = state[0]
        state[0] += step
        return v
    return nxt
n = counter(10, -3)
out = []
for _ in range(5):
    out.append(n())
print(out)
