def show(fn):
    try:
        print(fn())
    except OverflowError as e:
        print('OverflowError:', e)
show(lambda: 10.0 ** 400)
show(lambda: int(float('inf')))
show(lambda: float(2 ** 10000))
show(lambda: 2 ** 10000 / 1.0)
show(lambda: 1e308 * 10)
show(lambda: round(float('inf')))
try:
    int(float('nan'))
except ValueError as e:
    print('ValueError:', e)
