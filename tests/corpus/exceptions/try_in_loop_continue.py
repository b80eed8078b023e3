data = ['1', 'two', '3', '', '4.5', '-6']
total = 0
bad = []
for s in data:
    try:
        total += int(s)
    except ValueError:
        bad.append(s)
        continue
    print('added', s)
print(total, bad)
