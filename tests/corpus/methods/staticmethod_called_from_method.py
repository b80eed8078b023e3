class Validator:
    @staticmethod
    def is_valid(s):
        return s.isalpha() and len(s) > 2
    def check_all(self, items):
        return [s for s in items if self.is_valid(s)]

v = Validator()
print(v.check_all(["abc", "a1", "hello", "no"]))
print(Validator.is_valid("xyz"))
