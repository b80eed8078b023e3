status = "about to exit"
print("exit with multiple args")
raise SystemExit(1, 2)
print("never printed")
