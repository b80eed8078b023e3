class DbError(Exception):
    def __init__(self, table):
        super().__init__("table missing: " + table)

try:
    raise DbError("users")
except DbError as e:
    print("caught", e)
    raise SystemError("fatal") from e
