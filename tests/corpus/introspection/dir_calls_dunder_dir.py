# dir(instance) lists what the class's __dir__ returns, sorted;
# dir(class) does not call it.
class Panel:
    color = "red"

    def __dir__(self):
        return ["zeta", "alpha", "mid"]


print(dir(Panel()))
print("alpha" in dir(Panel), "color" in dir(Panel))


class Tupled:
    def __dir__(self):
        return ("b", "a")


print(dir(Tupled()))
