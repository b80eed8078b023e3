class Resource:
    def __init__(self):
        self._handle = "open"
    @property
    def handle(self):
        return self._handle
    @handle.setter
    def handle(self, v):
        self._handle = v
    @handle.deleter
    def handle(self):
        print("closing", self._handle)
        self._handle = None

r = Resource()
print(r.handle)
r.handle = "reopened"
del r.handle
print(r.handle)
