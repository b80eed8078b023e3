class Bad:
    @property
    def value(self):
        raise ValueError("cannot read value")

match Bad():
    case Bad(value=v):
        print(v)
