print({x % 3: x for x in range(10)})
print({len(w): w for w in ["a", "bb", "c", "dd", "eee"]})
last_wins = {k: v for k, v in [("x", 1), ("y", 2), ("x", 3)]}
print(last_wins, list(last_wins))
