class Employee:
    def __init__(self, name, base):
        self.name = name
        self.base = base
    def pay(self):
        return self.base

class Manager(Employee):
    def pay(self):
        return super().pay() * 2

class Intern(Employee):
    def pay(self):
        return super().pay() // 2

staff = [Employee("e", 100), Manager("m", 100), Intern("i", 100)]
for s in staff:
    print(s.name, s.pay())
print(sum(s.pay() for s in staff))
