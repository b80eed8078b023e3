def safe_ints(items):
    for it in items:
        try:
            yield int(it)
        except ValueError:
            yield -1

print(list(safe_ints(["1", "two", "3", "4.0"])))
