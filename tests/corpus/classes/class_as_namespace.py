class Config:
    DEBUG = False
    LEVEL = 3
    NAMES = ("a", "b")

print(Config.DEBUG, Config.LEVEL, Config.NAMES)
Config.LEVEL += 1
print(Config.LEVEL)
print(sorted(k for k in vars(Config) if not k.startswith("_")))
