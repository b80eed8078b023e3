def c_to_f(c):
    return c * 9 / 5 + 32

def f_to_c(f):
    return (f - 32) * 5 / 9

print('%8s %8s' % ('Celsius', 'Fahr'))
for c in range(-40, 101, 20):
    print('%8d %8.1f' % (c, c_to_f(c)))
print(c_to_f(37), f_to_c(98.6), f_to_c(212))
readings = [21.5, 19.0, 23.25, 18.75, 22.0]
avg = sum(readings) / len(readings)
print('avg %.3f min %s max %s' % (avg, min(readings), max(readings)))
print(round(avg, 1), round(c_to_f(avg), 2))
