# An uncaught exception with two earlier ones chained to it.

def load(settings, key):
    try:
        return int(settings[key])
    except KeyError as e:
        raise LookupError("no setting %r" % key) from e


settings = {"port": "80"}
print("port:", load(settings, "port"))
try:
    load(settings, "timeout")
except LookupError:
    print("using the default timeout")
    timeout = settings["timeout"]
