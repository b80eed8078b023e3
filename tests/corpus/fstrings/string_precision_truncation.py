s = "abcdefgh"
print(f"[{s:.3}] [{s:5.2}] [{s:>6.4}]")
print("[%.3s] [%5.2s]" % (s, s))
print("[{:.1}]".format(s))
