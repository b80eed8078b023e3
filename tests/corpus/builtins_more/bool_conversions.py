for v in [0, 1, -1, 0.0, "", "0", " ", [], [0], {}, {0: 0}, set(), None, (), range(0), range(1)]:
    print(repr(v), bool(v))
class Custom:
    pass
print(bool(Custom()), bool(0j), bool(-0.0), bool("False"))
