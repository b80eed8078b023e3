# Class attributes that hold plain data change under warm caches: a class
# counter read through instances and subclasses, a subclass that starts
# shadowing it, data replaced by a method and back, and a deleted one.
class Account:
    count = 0
    rate = 0.5

    def __init__(self, owner):
        self.owner = owner
        Account.count += 1

    def seen(self):
        return self.count, self.rate


class Savings(Account):
    pass


accounts = [Account("a"), Savings("b")]
for _ in range(3):
    accounts.append(Savings("c"))
    print([a.seen() for a in accounts[:2]], Savings.count, Account.count)

Savings.count = "own"
print(accounts[0].seen(), accounts[1].seen(), Account.count, Savings.count)
Account.rate = [1, 2]
print(accounts[1].seen(), Savings.rate)
Account.rate = lambda self: "method now"
print(accounts[0].rate(), accounts[1].rate())
Account.rate = 7
print(accounts[0].seen())
del Savings.count
print(accounts[1].seen(), Savings.count)
del Account.rate
try:
    accounts[0].seen()
except AttributeError as e:
    print("AttributeError:", e)
accounts[0].rate = "instance"
print(accounts[0].seen())
setattr(Account, "count", 100)
print(accounts[1].count, Savings.count, getattr(Savings, "count"))
