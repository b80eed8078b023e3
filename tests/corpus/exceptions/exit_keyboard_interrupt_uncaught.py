print("about to interrupt")
def worker():
    raise KeyboardInterrupt
worker()
