inventory = {
    'widget': {'qty': 12, 'price': 2.5},
    'gadget': {'qty': 0, 'price': 10.0},
    'doohickey': {'qty': 7, 'price': 0.75},
    'thingamajig': {'qty': 3, 'price': 100.0},
}
orders = [('widget', 5), ('gadget', 1), ('doohickey', 7), ('sprocket', 2), ('widget', 10)]
for name, want in orders:
    item = inventory.get(name)
    if item is None:
        print('%-12s unknown item' % name)
        continue
    if item['qty'] < want:
        print('%-12s only %d left, wanted %d' % (name, item['qty'], want))
        continue
    item['qty'] -= want
    print('%-12s sold %d for %.2f' % (name, want, want * item['price']))
print()
value = 0
for name in sorted(inventory):
    item = inventory[name]
    value += item['qty'] * item['price']
    print('%-12s %3d' % (name, item['qty']))
print('stock value: %.2f' % value)
out_of_stock = []
for name, item in inventory.items():
    if item['qty'] == 0:
        out_of_stock.append(name)
print('out of stock:', out_of_stock)
