import sys
print(sys.argv[0].endswith("argv_and_exit.py"), sys.argv[1:])
sys.exit(len(sys.argv[1:]) + 2)
