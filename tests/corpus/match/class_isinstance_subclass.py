class Animal:
    __match_args__ = ("name",)
    def __init__(self, name):
        self.name = name

class Dog(Animal):
    pass

class Cat(Animal):
    pass

def speak(a):
    match a:
        case Dog(name):
            return f"{name} says woof"
        case Cat(name="Tom"):
            return "Tom the cat"
        case Animal(name):
            return f"{name} makes a sound"
        case object():
            return "not an animal"

for a in [Dog("Rex"), Cat("Tom"), Cat("Kit"), Animal("Gen"), 5]:
    print(speak(a))
