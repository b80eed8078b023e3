print("trying")
with 42:
    pass
