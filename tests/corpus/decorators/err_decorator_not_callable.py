print("defining")
config = {"debug": True}

@config
def handler():
    pass
