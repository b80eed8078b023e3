from collections import ChainMap
defaults = {"color": "red", "size": "M"}
user = {"size": "L"}
cm = ChainMap(user, defaults)
print(cm["color"], cm["size"], len(cm), sorted(cm))
cm["color"] = "blue"
print(user, defaults)
