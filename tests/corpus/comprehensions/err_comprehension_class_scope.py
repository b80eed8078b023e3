class Config:
    prefix = "cfg_"
    keys = ["a", "b"]
    print("class body running")
    full = [prefix + k for k in keys]
