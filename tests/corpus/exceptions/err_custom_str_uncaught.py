class Problem(Exception):
    def __str__(self):
        return "custom message with code %d" % self.args[0]

print("raising")
raise Problem(7)
