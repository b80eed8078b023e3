class JsonMixin:
    def to_json(self):
        parts = []
        for k in sorted(self.__dict__):
            parts.append('"%s": %r' % (k, self.__dict__[k]))
        return "{" + ", ".join(parts) + "}"

class ReprMixin:
    def __repr__(self):
        return type(self).__name__ + "(" + ", ".join("%s=%r" % kv for kv in sorted(self.__dict__.items())) + ")"

class User(JsonMixin, ReprMixin):
    def __init__(self, name, age):
        self.name = name
        self.age = age

u = User("amy", 30)
print(u.to_json())
print(u)
