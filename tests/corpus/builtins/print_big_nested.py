data = [1, [2.5, 'three', ('four', None)], {'five': [True, False], 6: {'seven': ()}}]
print(data)
print(str(data) == repr(data))
print((data,))
print({'k': data[1]})
print([[[]]], [[], []], [(), ((),)])
