import sys
n = sys.stdout.write("no newline")
sys.stdout.write("\n")
print(n)
sys.stdout.write("a" + "b" * 3 + "\n")
