e = "original"
try:
    raise ValueError("v")
except ValueError as e:
    print("inside", e)
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
