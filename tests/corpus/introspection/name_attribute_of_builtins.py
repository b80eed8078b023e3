print(len.__name__, int.__name__, str.__name__)
print(ValueError.__name__, type(ValueError()).__name__)
print([t.__name__ for t in (list, dict, set, tuple, bool, float, type(None))])
import math
print(math.sqrt.__name__, print.__name__, object.__name__)
print(type(len).__name__, type([].append).__name__)
