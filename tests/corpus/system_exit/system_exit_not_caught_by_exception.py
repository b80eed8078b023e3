import sys
try:
    try:
        sys.exit(4)
    except Exception:
        print("wrong: Exception caught it")
except SystemExit as e:
    print("right: only SystemExit caught it, code", e.code)
