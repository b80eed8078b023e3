def search(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("found at", i)
            break
    else:
        print("not found")

search(iter([1, 2, 3]), 2)
search((x for x in "abc"), "z")
