import copy
orig = {"a": [1, 2], "b": {"c": 3}}
shallow = copy.copy(orig)
deep = copy.deepcopy(orig)
orig["a"].append(99)
orig["b"]["c"] = 0
print(shallow)
print(deep)
print(shallow["a"] is orig["a"], deep["a"] is orig["a"])
