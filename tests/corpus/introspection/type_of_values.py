for v in [0, 1.0, 1j, "", b"", [], (), {}, set(), frozenset(), None, True, range(1), len, print]:
    print(type(v).__name__)
print(type(type), type(int), type(None).__name__)
class Mine:
    pass
print(type(Mine()).__name__, type(Mine).__name__, type(lambda: 0).__name__)
