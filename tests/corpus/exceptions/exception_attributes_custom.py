class ValidationError(Exception):
    def __init__(self, field, problems):
        self.field = field
        self.problems = problems
        super().__init__("%s: %s" % (field, "; ".join(problems)))

try:
    raise ValidationError("email", ["too short", "missing @"])
except ValidationError as e:
    print(e)
    print(e.field, len(e.problems))
