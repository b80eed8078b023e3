import sys
def cleanup():
    print("cleanup ran")
def main():
    try:
        print("main body")
        raise RuntimeError("failure inside main")
    finally:
        cleanup()
main()
