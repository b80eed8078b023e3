def letters():
    yield from "abc"

def nums():
    n = 0
    while True:
        yield n
        n += 1

print(list(zip(letters(), nums())))
print(list(enumerate(letters(), 1)))
