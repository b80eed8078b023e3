# Bank accounts made of closures, with exceptions for the bad cases.

class InsufficientFunds(Exception):
    pass


def open_account(owner, balance=0):
    history = []

    def deposit(amount):
        nonlocal balance
        if amount <= 0:
            raise ValueError("deposit must be positive, not %d" % amount)
        balance += amount
        history.append("+%d" % amount)
        return balance

    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise InsufficientFunds("%s has %d, needs %d" % (owner, balance, amount))
        balance -= amount
        history.append("-%d" % amount)
        return balance

    def statement():
        return "%s: %d (%s)" % (owner, balance, " ".join(history))

    return {"deposit": deposit, "withdraw": withdraw, "statement": statement}


alice = open_account("alice", 100)
bob = open_account("bob")
alice["deposit"](50)
bob["deposit"](20)

requests = [(alice, "withdraw", 120), (bob, "withdraw", 30),
            (bob, "deposit", -5), (alice, "withdraw", 40)]
for account, action, amount in requests:
    try:
        result = account[action](amount)
        print("%s %d -> balance %d" % (action, amount, result))
    except InsufficientFunds as e:
        print("refused:", e)
    except ValueError as e:
        print("error:", e)
    finally:
        print("  ", account["statement"]())
