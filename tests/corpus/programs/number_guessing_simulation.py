def guess_game(secret, lo, hi):
    guesses = []
    while True:
        g = (lo + hi) // 2
        guesses.append(g)
        if g == secret:
            return guesses
        if g < secret:
            lo = g + 1
        else:
            hi = g - 1

for secret in [1, 37, 50, 99, 100]:
    g = guess_game(secret, 1, 100)
    print('secret %3d found in %d guesses: %s' % (secret, len(g), g))
worst = 0
for s in range(1, 101):
    worst = max(worst, len(guess_game(s, 1, 100)))
print('worst case:', worst)
