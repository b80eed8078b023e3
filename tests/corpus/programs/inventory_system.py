from collections import defaultdict, namedtuple

Item = namedtuple("Item", "sku name price category")


class OutOfStock(Exception):
    pass


class Inventory:
    def __init__(self):
        self.items = {}
        self.stock = defaultdict(int)
        self.log = []

    def add_item(self, item, qty=0):
        self.items[item.sku] = item
        self.stock[item.sku] += qty
        self.log.append(f"add {item.sku} x{qty}")

    def remove(self, sku, qty):
        if self.stock[sku] < qty:
            raise OutOfStock(f"{self.items[sku].name}: have {self.stock[sku]}, need {qty}")
        self.stock[sku] -= qty
        self.log.append(f"remove {sku} x{qty}")

    def value(self):
        return sum(self.items[s].price * q for s, q in self.stock.items())

    def by_category(self):
        cats = defaultdict(list)
        for item in self.items.values():
            cats[item.category].append(item.name)
        return {c: sorted(names) for c, names in sorted(cats.items())}

    def report(self):
        lines = [f"{'SKU':<6}{'Name':<12}{'Qty':>5}{'Value':>10}"]
        for sku in sorted(self.items):
            item = self.items[sku]
            lines.append(f"{sku:<6}{item.name:<12}{self.stock[sku]:>5}{item.price * self.stock[sku]:>10.2f}")
        lines.append(f"{'':<18}{'total':>5}{self.value():>10.2f}")
        return "\n".join(lines)


inv = Inventory()
inv.add_item(Item("A1", "widget", 2.50, "parts"), 10)
inv.add_item(Item("B2", "gadget", 12.00, "tools"), 3)
inv.add_item(Item("C3", "doohickey", 0.75, "parts"), 100)
inv.add_item(Item("D4", "hammer", 15.25, "tools"))
print(inv.report())
orders = [("A1", 4), ("B2", 5), ("C3", 99), ("D4", 1), ("A1", 6)]
for sku, qty in orders:
    try:
        inv.remove(sku, qty)
        print(f"shipped {qty} x {inv.items[sku].name}")
    except OutOfStock as e:
        print("backorder:", e)
print(inv.report())
print(inv.by_category())
print(len(inv.log), inv.log[-2:])
empty = [inv.items[s].name for s, q in inv.stock.items() if q == 0]
print("sold out:", empty)
