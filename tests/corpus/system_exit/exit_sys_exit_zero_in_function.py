import sys

def main():
    print("main running")
    sys.exit(0)

main()
print("unreachable")
