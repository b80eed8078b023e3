def parse(pattern):
    cells = set()
    for r, line in enumerate(pattern.strip().splitlines()):
        for c, ch in enumerate(line):
            if ch == "#":
                cells.add((r, c))
    return cells


def neighbours(cell):
    r, c = cell
    return [(r + dr, c + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0)]


def step(alive):
    counts = {}
    for cell in alive:
        for n in neighbours(cell):
            counts[n] = counts.get(n, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in alive)}


def render(alive, rows, cols):
    return "\n".join("".join("#" if (r, c) in alive else "." for c in range(cols)) for r in range(rows))


glider = parse("""
.#....
..#...
###...
......
......
""")
state = glider
for gen in range(5):
    print(f"generation {gen}: {len(state)} alive")
    print(render(state, 5, 6))
    state = step(state)

blinker = parse("###")
print(sorted(step(blinker)), step(step(blinker)) == blinker)
