scores = {"ann": 90, "bob": 72, "cy": 85, "dee": 60}
passed = [name for name, s in scores.items() if s >= 75]
print(passed)
curved = {name: min(100, s + 10) for name, s in scores.items()}
print(curved)
print(sorted(scores, key=scores.get, reverse=True))
