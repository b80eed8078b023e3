import copy
shared = [1]
data = [shared, shared]
clone = copy.deepcopy(data)
print(clone[0] is clone[1], clone[0] is shared)
clone[0].append(2)
print(clone, data)
