class Query:
    def __init__(self):
        self.parts = []
    def select(self, *cols):
        self.parts.append("SELECT " + ", ".join(cols))
        return self
    def where(self, cond):
        self.parts.append("WHERE " + cond)
        return self
    def build(self):
        return " ".join(self.parts)

print(Query().select("a", "b").where("a > 1").build())
