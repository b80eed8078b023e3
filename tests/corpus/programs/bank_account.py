def make_account(owner, balance=0):
    history = []
    def deposit(amount):
        nonlocal balance
        if amount <= 0:
            raise ValueError('deposit must be positive')
        balance += amount
        history.append(('deposit', amount))
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError('insufficient funds: %d < %d' % (balance, amount))
        balance -= amount
        history.append(('withdraw', amount))
        return balance
    def report():
        return {'owner': owner, 'balance': balance, 'transactions': len(history)}
    return {'deposit': deposit, 'withdraw': withdraw, 'report': report, 'history': history}

acct = make_account('ada', 100)
print(acct['deposit'](50))
print(acct['withdraw'](30))
for action, amount in [('withdraw', 500), ('deposit', -5), ('deposit', 10)]:
    try:
        print(action, amount, '->', acct[action](amount))
    except ValueError as e:
        print(action, amount, 'failed:', e)
print(acct['report']())
print(acct['history'])
