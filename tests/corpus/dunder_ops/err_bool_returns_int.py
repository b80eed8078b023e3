class Weird:
    def __bool__(self):
        return 1

print("checking")
if Weird():
    print("true")
