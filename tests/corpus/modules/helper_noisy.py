print("helper_noisy is being imported")
VALUE = 7

def describe():
    return "noisy module " + __name__
