print('never')
result = max(1, 2
print(result)
