class Person:
    def __init__(self, age):
        self.age = age
    @property
    def age(self):
        return self._age
    @age.setter
    def age(self, v):
        if v < 0:
            raise ValueError("age must be non-negative")
        self._age = v

p = Person(30)
print(p.age)
try:
    p.age = -1
except ValueError as e:
    print("rejected:", e)
print(p.age)
