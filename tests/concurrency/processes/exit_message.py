# Checks sys.exit("message") in a child: exit code 1 and the message as the child's last stderr line.
import multiprocessing as mp
import sys

def leave():
    print("child about to exit")
    sys.exit("child says goodbye")

if __name__ == "__main__":
    p = mp.Process(target=leave)
    p.start()
    p.join()
    print("exitcode:", p.exitcode)
