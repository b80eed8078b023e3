class Seq:
    def __init__(self, *xs):
        self.xs = xs
    def __reversed__(self):
        print("custom reversed")
        return iter(self.xs[::-1])
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        return self.xs[i]

print(list(reversed(Seq(1, 2, 3))))
class Seq2:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "abc"[i]
print(list(reversed(Seq2())))
