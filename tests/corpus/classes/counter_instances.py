class Widget:
    created = []
    def __init__(self, name):
        self.name = name
        Widget.created.append(name)

for n in ["a", "b", "c"]:
    Widget(n)
print(Widget.created, len(Widget.created))
