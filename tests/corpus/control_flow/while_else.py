def search(lst, target):
    i = 0
    while i < len(lst):
        if lst[i] == target:
            print('found at', i)
            break
        i += 1
    else:
        print('not found')
search([1, 2, 3], 2)
search([1, 2, 3], 9)
n = 0
while n < 0:
    n += 1
else:
    print('else on never-entered loop')
