class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " makes a sound"

class Dog(Animal):
    def speak(self):
        return self.name + " barks"

class Puppy(Dog):
    pass

for a in [Animal("generic"), Dog("rex"), Puppy("bit")]:
    print(a.speak())
