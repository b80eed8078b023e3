def solve(n):
    pegs = {'A': list(range(n, 0, -1)), 'B': [], 'C': []}
    log = []
    def move(k, src, dst, via):
        if k == 0:
            return
        move(k - 1, src, via, dst)
        disk = pegs[src].pop()
        if pegs[dst] and pegs[dst][-1] < disk:
            raise RuntimeError('illegal move')
        pegs[dst].append(disk)
        log.append('disk %d: %s -> %s' % (disk, src, dst))
        move(k - 1, via, dst, src)
    move(n, 'A', 'C', 'B')
    return pegs, log

pegs, log = solve(3)
for line in log:
    print(line)
print(pegs)
pegs, log = solve(8)
print(len(log), pegs['C'][:3], len(pegs['A']))
