class H:
    def __hash__(self):
        return 12345

print(hash(H()))
print(hash(H()) == hash(H()))
d = {H(): 1}
print(len(d))
