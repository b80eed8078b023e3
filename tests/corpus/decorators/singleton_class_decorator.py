def singleton(cls):
    instances = {}
    def get():
        if cls not in instances:
            print("creating instance")
            instances[cls] = cls()
        return instances[cls]
    return get

@singleton
class Config:
    pass

a = Config()
b = Config()
print(a is b)
