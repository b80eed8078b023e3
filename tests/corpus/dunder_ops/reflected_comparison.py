class Big:
    def __gt__(self, other):
        print("Big.__gt__")
        return True
    def __lt__(self, other):
        print("Big.__lt__")
        return False

b = Big()
print(5 < b)
print(5 > b)
