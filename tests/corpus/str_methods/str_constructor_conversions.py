print(str(12), str(-3.5), str(True), str(None), str([1, "a"]), str((1,)))
print(str(b"ab"), str(), str("x"))
print(str(b"caf\xc3\xa9", "utf-8"))
class V:
    def __str__(self):
        return "V-str"
print(str(V()), str(1e100), str(0.1 + 0.2), str(-0.0))
