commands = ["go", "skip", "go", ["jump", 3], "stop", "go"]
for i, c in enumerate(commands):
    match c:
        case "skip":
            continue
        case "stop":
            print("stopping at", i)
            break
        case ["jump", n]:
            print("jump", n)
        case _:
            print("go", i)
else:
    print("never")
