rows = [('apple', 3, 0.5), ('banana', 12, 0.25), ('cherry', 100, 10.0)]
print('%-10s %5s %8s' % ('item', 'qty', 'price'))
print('-' * 25)
total = 0
for name, qty, price in rows:
    print('%-10s %5d %8.2f' % (name, qty, price))
    total += qty * price
print('-' * 25)
print('%-10s %14.2f' % ('total', total))
