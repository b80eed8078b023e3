class Room:
    def __init__(self, name, description):
        self.name = name
        self.description = description
        self.exits = {}
        self.items = []

    def connect(self, direction, other, back):
        self.exits[direction] = other
        other.exits[back] = self

    def describe(self):
        lines = [f"== {self.name} ==", self.description]
        if self.items:
            lines.append("You see: " + ", ".join(sorted(self.items)))
        lines.append("Exits: " + " ".join(sorted(self.exits)))
        return "\n".join(lines)


class Player:
    def __init__(self, room):
        self.room = room
        self.inventory = []
        self.moves = 0

    def go(self, direction):
        if direction not in self.room.exits:
            return "You can't go " + direction + "."
        target = self.room.exits[direction]
        if target.name == "Vault" and "key" not in self.inventory:
            return "The vault door is locked."
        self.room = target
        self.moves += 1
        return self.room.describe()

    def take(self, item):
        if item not in self.room.items:
            return f"There is no {item} here."
        self.room.items.remove(item)
        self.inventory.append(item)
        return f"Taken: {item}."

    def drop(self, item):
        if item not in self.inventory:
            return f"You don't have {item!r}."
        self.inventory.remove(item)
        self.room.items.append(item)
        return f"Dropped: {item}."


def build_world():
    hall = Room("Hall", "A dusty entrance hall.")
    library = Room("Library", "Shelves full of old books.")
    kitchen = Room("Kitchen", "Smells of old bread.")
    vault = Room("Vault", "Gold everywhere!")
    hall.connect("north", library, "south")
    hall.connect("east", kitchen, "west")
    library.connect("east", vault, "west")
    library.items.append("book")
    kitchen.items.extend(["key", "knife"])
    vault.items.append("gold")
    return hall


def play(commands):
    player = Player(build_world())
    print(player.room.describe())
    for cmd in commands:
        print(f"> {cmd}")
        words = cmd.split()
        verb, args = words[0], words[1:]
        if verb == "go" and args:
            print(player.go(args[0]))
        elif verb == "take" and args:
            print(player.take(args[0]))
        elif verb == "drop" and args:
            print(player.drop(args[0]))
        elif verb == "inv":
            print("Carrying:", ", ".join(player.inventory) or "nothing")
        elif verb == "look":
            print(player.room.describe())
        elif verb == "quit":
            print("Bye.")
            break
        else:
            print("I don't understand", repr(cmd))
    return player


script = [
    "look", "go north", "go east", "take book", "go south", "go east",
    "take key", "take spoon", "inv", "go west", "go north", "go east",
    "take gold", "drop knife", "dance", "inv", "quit", "go west",
]
p = play(script)
print(f"Finished in {p.moves} moves with {len(p.inventory)} items: {sorted(p.inventory)}")
