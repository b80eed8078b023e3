inventory = {
    "fruits": [{"name": "apple", "qty": 3}, {"name": "pear", "qty": 0}],
    "veg": [{"name": "kale", "qty": 5}],
}
for cat, items in sorted(inventory.items()):
    in_stock = [i["name"] for i in items if i["qty"] > 0]
    print(cat, in_stock, sum(i["qty"] for i in items))
inventory["veg"].append({"name": "leek", "qty": 2})
print(len(inventory["veg"]), inventory["veg"][-1]["name"])
