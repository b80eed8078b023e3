class OnlyEnter:
    def __enter__(self):
        return self

print("trying")
with OnlyEnter():
    pass
