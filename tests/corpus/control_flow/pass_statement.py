def nothing():
    pass
print(nothing())
if True:
    pass
for i in range(2):
    pass
while False:
    pass
print('after passes', i)
