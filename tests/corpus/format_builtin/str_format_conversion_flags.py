print("{!r} {!s} {!a}".format("é", "é", "é"))
print("{0!r:>8}|".format("ab"))
class R:
    def __repr__(self):
        return "R!"
    def __str__(self):
        return "r?"
print("{} {!r} {!s} {0!a}".format(R()) if False else "{0} {0!r} {0!s}".format(R()))
print("[{!r:^10}]".format("mid"))
