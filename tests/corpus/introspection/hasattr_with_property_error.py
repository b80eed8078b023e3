class P:
    @property
    def bad(self):
        raise AttributeError("computed fail")
    @property
    def good(self):
        return 1

p = P()
print(hasattr(p, "good"), hasattr(p, "bad"))
print(getattr(p, "bad", "fallback"))
