print('converting')
print(int(float('inf')))
