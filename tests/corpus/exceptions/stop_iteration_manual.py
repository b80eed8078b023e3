def take(lst, state):
    if state[0] >= len(lst):
        raise StopIteration
    v = lst[state[0]]
    state[0] += 1
    return v
state = [0]
items = ['a', 'b']
while True:
    try:
        print(take(items, state))
    except StopIteration:
        print('exhausted')
        break
