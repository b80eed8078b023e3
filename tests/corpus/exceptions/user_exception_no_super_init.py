class E(Exception):
    def __init__(self, value):
        self.value = value

try:
    raise E(10)
except E as e:
    print(e.value, e.args, str(e), repr(e))
