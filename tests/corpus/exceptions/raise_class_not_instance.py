try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args, str(e) == "")
class Custom(Exception):
    pass
try:
    raise Custom
except Custom as e:
    print(type(e).__name__, e.args)
