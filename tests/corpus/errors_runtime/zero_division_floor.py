print('floor division next')
print(7 // 0)
