import sys

def load_config(name):
    print("loading", name)
    return None

if load_config("settings.ini") is None:
    sys.exit("error: configuration missing")
print("not printed")
