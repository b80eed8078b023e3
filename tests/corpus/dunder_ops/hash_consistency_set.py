class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return "Pt(%d,%d)" % (self.x, self.y)

pts = [Pt(1, 1), Pt(2, 2), Pt(1, 1), Pt(3, 3), Pt(2, 2)]
unique = []
seen = set()
for p in pts:
    if p not in seen:
        seen.add(p)
        unique.append(p)
print(unique, len(seen))
