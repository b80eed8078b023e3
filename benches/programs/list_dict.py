"""Benchmark: building, indexing, updating and iterating lists and dicts."""


def build(n):
    xs = []
    for i in range(n):
        xs.append((i * 7919) % 10007)
    return xs


def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    return [i for i in range(n + 1) if flags[i]]


def histogram(xs):
    counts = {}
    for x in xs:
        key = x % 97
        if key in counts:
            counts[key] += 1
        else:
            counts[key] = 1
    return counts


def invert(d):
    out = {}
    for k, v in d.items():
        out.setdefault(v, []).append(k)
    return out


def main():
    total = 0
    for round_no in range(30):
        xs = build(60000)
        xs.sort()
        mid = xs[len(xs) // 2]
        ys = [x * 2 for x in xs if x % 3 == 0]
        for i in range(0, len(ys), 7):
            ys[i] = ys[i] - 1
        h = histogram(xs)
        inv = invert(h)
        total += mid + sum(ys) % 100003 + len(inv) + max(h.values())
        total += len(sieve(50000)) + round_no
        pairs = {i: xs[i] for i in range(0, len(xs), 13)}
        for k in list(pairs):
            if k % 2:
                del pairs[k]
        total += len(pairs) + sum(pairs.values()) % 1000
    print("list_dict: %d" % total)


main()
