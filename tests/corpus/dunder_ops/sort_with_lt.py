class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __lt__(self, other):
        return (self.rank, self.suit) < (other.rank, other.suit)
    def __repr__(self):
        return "%d%s" % (self.rank, self.suit)

cards = [Card(10, "h"), Card(2, "s"), Card(10, "c"), Card(5, "d")]
print(sorted(cards))
print(max(cards), min(cards))
cards.sort(reverse=True)
print(cards)
