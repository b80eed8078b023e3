print("never")
match "x":
    case f"x":
        pass
