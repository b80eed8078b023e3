def tag(name):
    def deco(fn):
        print("applying", name)
        def wrapper():
            return "<%s>%s</%s>" % (name, fn(), name)
        return wrapper
    return deco

@tag("b")
@tag("i")
def text():
    return "hi"

print(text())
