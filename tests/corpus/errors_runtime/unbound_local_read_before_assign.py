total = 0
def add_one():
    print(total)
    total = 1
print('calling')
add_one()
