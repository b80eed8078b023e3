class Base:
    def run(self):
        return self.step()
    def step(self):
        raise NotImplementedError

class Good(Base):
    def step(self):
        return "ok"

print(Good().run())
Base().run()
