class Grid:
    def __init__(self):
        self.cells = [0] * 6
    def __setitem__(self, key, value):
        if isinstance(key, slice):
            print("slice", key.start, key.stop, key.step)
        self.cells[key] = value

g = Grid()
g[1] = 5
g[2:4] = [7, 8]
g[::5] = [9, 9]
print(g.cells)
