status = "about to exit"
print("exit with True")
raise SystemExit(True)
print("never printed")
