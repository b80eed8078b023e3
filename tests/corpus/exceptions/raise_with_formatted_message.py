def withdraw(balance, amount):
    if amount > balance:
        raise ValueError('insufficient funds: balance %d, requested %d' % (balance, amount))
    return balance - amount
try:
    print(withdraw(100, 30))
    print(withdraw(100, 300))
except ValueError as e:
    print('Error:', e)
    print(e.args)
