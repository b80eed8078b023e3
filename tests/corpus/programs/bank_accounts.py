class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner}: cannot withdraw {amount:.2f}, balance {account.balance:.2f}")
        self.amount = amount


class Account:
    interest_rate = 0.0
    _next_number = 1000

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.history = []
        Account._next_number += 1
        self.number = Account._next_number

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self.available():
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def available(self):
        return self._balance

    def month_end(self):
        interest = round(self._balance * self.interest_rate, 2)
        if interest:
            self._balance += interest
            self.history.append(("interest", interest))

    def __repr__(self):
        return f"{type(self).__name__}(#{self.number}, {self.owner!r}, {self._balance:.2f})"


class Savings(Account):
    interest_rate = 0.02

    def withdraw(self, amount):
        withdrawals = sum(1 for kind, _ in self.history if kind == "withdraw")
        if withdrawals >= 2:
            raise PermissionError("savings: withdrawal limit reached")
        return super().withdraw(amount)


class Checking(Account):
    def __init__(self, owner, balance=0.0, overdraft=100.0):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def available(self):
        return self._balance + self.overdraft


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, cls, owner, *args, **kwargs):
        acct = cls(owner, *args, **kwargs)
        self.accounts[acct.number] = acct
        return acct

    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount)
        except (InsufficientFunds, PermissionError) as e:
            print("transfer failed:", e)
            return False
        dst.deposit(amount)
        return True

    def total(self):
        return sum(a.balance for a in self.accounts.values())


bank = Bank()
alice = bank.open(Checking, "alice", 50.0)
bob = bank.open(Savings, "bob", 1000.0)
carol = bank.open(Checking, "carol", overdraft=0.0)
print(alice, bob, carol)
print(bank.transfer(alice, carol, 120))
print(bank.transfer(alice, carol, 100))
print(bank.transfer(bob, alice, 10))
print(bank.transfer(bob, alice, 10))
print(bank.transfer(bob, alice, 10))
try:
    carol.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
for acct in bank.accounts.values():
    acct.month_end()
for number, acct in sorted(bank.accounts.items()):
    print(number, acct, acct.history)
print(f"bank total: {bank.total():,.2f}")
print(isinstance(bob, Account), issubclass(Checking, Savings), [c.__name__ for c in Savings.__mro__])
