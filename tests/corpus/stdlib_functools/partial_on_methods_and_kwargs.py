from functools import partial
def tag(name, text, cls=None):
    attr = f' class="{cls}"' if cls else ""
    return f"<{name}{attr}>{text}</{name}>"
bold = partial(tag, "b")
warn = partial(tag, "span", cls="warn")
print(bold("hi"), warn("careful"), warn("override", cls="x"))
print([bold(w) for w in "ab"])
