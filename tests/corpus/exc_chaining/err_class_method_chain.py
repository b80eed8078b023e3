class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds: %d > %d" % (amount, self.balance))
        self.balance -= amount

acct = Account(50)
acct.withdraw(20)
print("balance", acct.balance)
try:
    acct.withdraw(100)
except ValueError as e:
    raise RuntimeError("transaction aborted") from e
