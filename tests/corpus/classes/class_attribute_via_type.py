class Animal:
    sound = "..."
    def speak(self):
        return type(self).__name__ + " says " + type(self).sound

class Dog(Animal):
    sound = "woof"

print(Animal().speak())
print(Dog().speak())
