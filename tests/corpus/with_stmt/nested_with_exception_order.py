class Tracker:
    def __init__(self, name, log):
        self.name, self.log = name, log
    def __enter__(self):
        self.log.append("enter " + self.name)
    def __exit__(self, et, ev, tb):
        self.log.append("exit %s %s" % (self.name, et.__name__ if et else "-"))

log = []
try:
    with Tracker("a", log):
        with Tracker("b", log):
            log.append("body")
            raise IndexError
except IndexError:
    log.append("handled")
print(log)
