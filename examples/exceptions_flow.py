# The four clauses of try, in the order they run.

class ConfigError(Exception):
    pass


def parse(text):
    try:
        number = int(text)
    except ValueError as e:
        print("  except:", e)
        raise ConfigError("not a number: %r" % text) from e
    else:
        print("  else: got", number)
        return number
    finally:
        print("  finally: done with", repr(text))


for text in ["42", "forty-two"]:
    print("parse(%r)" % text)
    try:
        print("  result:", parse(text))
    except ConfigError as e:
        print("  caught %s: %s" % (type(e).__name__, e))
        print("  cause: %r" % e.__cause__)
        print("  context is cause:", e.__context__ is e.__cause__)

print(ConfigError.__mro__[1:])
print(issubclass(ConfigError, Exception), issubclass(KeyError, LookupError))
