import sys

def main(argv):
    print("args:", len(argv))
    return 0 if len(argv) == 1 else 1

if __name__ == "__main__":
    sys.exit(main(sys.argv) + 6)
