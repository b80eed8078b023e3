class Account:
    def __init__(self):
        self.__secret = 42
        self._hint = "h"
    def reveal(self):
        return self.__secret

a = Account()
print(a.reveal())
print(a._Account__secret)
print(hasattr(a, "__secret"))
print(sorted(a.__dict__))
