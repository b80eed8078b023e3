import sys
script = sys.argv[0]
print(script.endswith(".py"), script)
print(sys.argv[1:])
