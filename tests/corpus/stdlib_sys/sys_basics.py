import sys
print(sys.version_info[0], sys.version_info.major >= 3)
print(sys.maxsize == 2**63 - 1)
print(type(sys.argv).__name__, sys.argv[0])
print(sys.getrecursionlimit() > 100)
print(sys.byteorder in ("little", "big"))
