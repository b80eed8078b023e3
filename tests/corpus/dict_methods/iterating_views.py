prices = {'apple': 1.25, 'pear': 0.75, 'fig': 2.0}
total = 0
for name, price in prices.items():
    total += price
    print(name, price)
print(total)
print(sum(prices.values()))
print(max(prices, key=lambda k: prices[k]))
print(sorted(prices.values()))
keys = list(prices.keys())
keys.sort()
print(keys)
