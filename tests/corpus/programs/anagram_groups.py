words = ['listen', 'silent', 'enlist', 'google', 'gooegl', 'cat', 'act', 'tac', 'dog']
groups = {}
for w in words:
    key = ''.join(sorted(w))
    if key not in groups:
        groups[key] = []
    groups[key].append(w)
for key, members in groups.items():
    print(key, members)
biggest = max(groups.values(), key=len)
print('biggest group:', biggest)
singles = []
for members in groups.values():
    if len(members) == 1:
        singles.extend(members)
print('singles:', singles)
