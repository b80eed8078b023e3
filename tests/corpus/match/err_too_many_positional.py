class Point:
    def __init__(self):
        self.x = 1

print("matching")
match Point():
    case Point(1):
        print("no")
