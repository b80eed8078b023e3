import sys
print("to stdout")
print("to stderr", file=sys.stderr)
print("a", "b", sep="", file=sys.stdout)
sys.stdout.write("written directly\n")
sys.stderr.write("err written\n")
print("flush", flush=True)
