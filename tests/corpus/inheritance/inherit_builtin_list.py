class MyList(list):
    def total(self):
        return sum(self)

m = MyList([1, 2, 3])
m.append(4)
print(m, m.total(), len(m))
print(isinstance(m, list), type(m).__name__)
print(m[1:3])
