class Switch:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print("bool?")
        return self.on

s1, s2 = Switch(True), Switch(False)
if s1:
    print("s1 on")
while s2:
    print("never")
print((s1 and s2) is s2)
print([x.on for x in [s1, s2] if x])
