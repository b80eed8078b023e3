class Logger:
    def __init__(self):
        self.lines = []
    def log(self, fmt, *args, level="INFO"):
        self.lines.append("[%s] %s" % (level, fmt % args))

l = Logger()
l.log("hello %s", "world")
l.log("%d + %d", 1, 2, level="DEBUG")
l.log("plain")
print("\n".join(l.lines))
