def explode():
    raise ValueError("raised inside helper module")
