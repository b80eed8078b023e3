import sys
try:
    int("bad")
except ValueError as e:
    print("error:", e)
    sys.exit(1)
