class Strict:
    def __getattr__(self, name):
        if name.startswith("ok_"):
            return name[3:]
        raise AttributeError("no attribute " + repr(name))

s = Strict()
print(s.ok_fine)
print(hasattr(s, "bad"))
print(s.missing)
