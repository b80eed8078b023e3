data = {
    'users': [
        {'name': 'ann', 'tags': ['admin', 'dev'], 'score': (9, 7)},
        {'name': 'ben', 'tags': [], 'score': (5, 5)},
    ],
    'count': 2,
}
print(data['users'][0]['tags'][-1])
print(data['users'][1]['score'][0] + data['users'][0]['score'][1])
for u in data['users']:
    print(u['name'], len(u['tags']), sum(u['score']))
data['users'][1]['tags'].append('new')
print(data['users'][1])
print(data)
