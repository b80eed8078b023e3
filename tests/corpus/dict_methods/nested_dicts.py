people = {
    'alice': {'age': 30, 'langs': ['python', 'rust']},
    'bob': {'age': 25, 'langs': []},
}
people['bob']['langs'].append('go')
people['carol'] = {'age': 35, 'langs': ['c']}
for name, info in people.items():
    print(name, info['age'], info['langs'])
print(people['alice']['langs'][1])
print(len(people), sorted(people))
