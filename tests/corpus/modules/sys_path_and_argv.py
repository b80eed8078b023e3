import sys

print(sys.argv[0])
print(len(sys.argv))
print(type(sys.path).__name__)
