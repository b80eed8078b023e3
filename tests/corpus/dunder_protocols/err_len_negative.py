class Neg:
    def __len__(self):
        return -1

print("start")
len(Neg())
