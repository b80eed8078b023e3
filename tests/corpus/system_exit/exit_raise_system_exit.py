status = "about to exit"
print(status, "via SystemExit(7)")
raise SystemExit(7)
print("never printed")
