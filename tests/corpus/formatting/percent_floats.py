for v in [0, 1, -1, 0.5, 2.675, 1e10, 1.23456789, -0.0, float('inf'), float('nan')]:
    print('%.2f | %8.3f | %s | %r' % (v, v, v, v))
print('%f' % 2**60)
print('%.1f' % 0.25, '%.1f' % 0.35)
