# A class counter bumped in __init__ while many accounts are made, read
# and deposited into: the pattern that used to empty the attribute caches
# on every new instance.
class Account:
    count = 0
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        Account.count += 1
    def deposit(self, x):
        self.balance += x
        return self.balance
def main():
    total = 0
    for i in range(100000):
        a = Account("x", i)
        total += a.deposit(3) + a.balance
    print(total, Account.count)
main()
