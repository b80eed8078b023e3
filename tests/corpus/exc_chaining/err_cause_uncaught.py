class StorageError(Exception):
    pass

def read(key):
    store = {"a": 1}
    try:
        return store[key]
    except KeyError as e:
        raise StorageError("cannot read " + key) from e

print(read("a"))
read("b")
