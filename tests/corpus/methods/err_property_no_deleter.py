class Frozen:
    @property
    def value(self):
        return 42

f = Frozen()
print(f.value)
del f.value
