def require_positive(fn):
    def wrapper(self, x):
        if x <= 0:
            return "rejected %r" % x
        return fn(self, x)
    return wrapper

class Account:
    def __init__(self):
        self.balance = 0
    @require_positive
    def deposit(self, x):
        self.balance += x
        return "ok %d" % self.balance

a = Account()
print(a.deposit(10), a.deposit(-5), a.deposit(3))
