def f(x):
    match x:
        case {"action": "move", "x": x, "y": y}:
            return f"move to {x},{y}"
        case {"action": "say", "text": str(text)}:
            return f"say {text!r}"
        case {"action": action}:
            return f"unknown action {action}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"

print(f({"action": "move", "x": 1, "y": 2}))
print(f({"action": "move", "x": 1}))
print(f({"action": "say", "text": "hi", "extra": 0}))
print(f({"action": "say", "text": 5}))
print(f({"other": 1}))
print(f({}))
print(f([("action", "move")]))
