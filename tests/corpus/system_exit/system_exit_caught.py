import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit", e.code, e.args)
try:
    sys.exit("msg")
except SystemExit as e:
    print("code is", repr(e.code))
print("still running")
