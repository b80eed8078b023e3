class Shout(str):
    def shout(self):
        return self.upper() + "!"

s = Shout("hey")
print(s.shout(), s + " you", len(s))
print(isinstance(s, str))
