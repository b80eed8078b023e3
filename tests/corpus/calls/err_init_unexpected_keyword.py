class User:
    def __init__(self, name, age=0):
        self.name = name
        self.age = age

u = User("ann", age=3)
print(u.name, u.age)
User("bob", agee=4)
