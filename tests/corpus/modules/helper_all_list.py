__all__ = ["public_one", "public_two"]

def public_one():
    return 1

def public_two():
    return 2

def not_exported():
    return 3
