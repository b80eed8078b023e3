class FakeFile:
    def __init__(self, lines):
        self.lines = lines
        self.closed = False
    def __enter__(self):
        return self
    def __exit__(self, *a):
        self.closed = True
    def __iter__(self):
        return iter(self.lines)

f = FakeFile(["one\n", "two\n"])
with f as fh:
    for line in fh:
        print(line.rstrip())
print("closed:", f.closed)
