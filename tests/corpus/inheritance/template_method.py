class Report:
    def render(self):
        return self.header() + "|" + self.body() + "|" + self.footer()
    def header(self):
        return "H"
    def footer(self):
        return "F"
    def body(self):
        return "?"

class Sales(Report):
    def body(self):
        return "sales=10"

class Fancy(Sales):
    def header(self):
        return "**" + super().header() + "**"

print(Report().render())
print(Sales().render())
print(Fancy().render())
