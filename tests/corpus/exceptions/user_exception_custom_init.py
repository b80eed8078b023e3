class HttpError(Exception):
    def __init__(self, code, message):
        super().__init__(code, message)
        self.code = code
        self.message = message
    def __str__(self):
        return "[%d] %s" % (self.code, self.message)

try:
    raise HttpError(404, "Not Found")
except HttpError as e:
    print(e)
    print(e.code, e.args)
    print(repr(e))
