def process(v):
    try:
        try:
            return 10 / v
        except ZeroDivisionError:
            print('inner: zero')
            raise ValueError('converted')
        finally:
            print('inner finally')
    except ValueError as e:
        print('outer:', e)
        return -1
    finally:
        print('outer finally')
print(process(5))
print(process(0))
