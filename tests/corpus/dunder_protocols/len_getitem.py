class Deck:
    def __init__(self):
        self.cards = [r + s for s in "HS" for r in "A23"]
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]

d = Deck()
print(len(d), d[0], d[-1], d[1:3])
for c in d:
    print(c, end=" ")
print()
print("2S" in d, "9H" in d)
