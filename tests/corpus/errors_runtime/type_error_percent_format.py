print('%d apples' % 3)
print('%d apples' % 'three')
