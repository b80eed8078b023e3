class ConfigError(Exception):
    pass

def load(s):
    try:
        return int(s)
    except ValueError as e:
        raise ConfigError("bad config value " + repr(s)) from e

try:
    load("abc")
except ConfigError as e:
    print(e)
    print(type(e.__cause__).__name__, e.__cause__)
    print(e.__suppress_context__)
