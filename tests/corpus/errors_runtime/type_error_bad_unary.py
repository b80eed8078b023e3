print('negate')
print(-'text')
