class InsufficientFunds(Exception):
    pass

balance = 10
print("balance", balance)
def withdraw(n):
    if n > balance:
        raise InsufficientFunds("need %d more" % (n - balance))
withdraw(25)
