class Evens:
    def __iter__(self):
        print("iterating")
        return iter([0, 2, 4, 6])

e = Evens()
print(4 in e)
print(5 in e)
