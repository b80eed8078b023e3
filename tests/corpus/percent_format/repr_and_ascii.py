print("%r" % "quote'd")
print("%a" % "café")
print("%s|%r" % (None, None))
print("%r" % [1, "a"])
