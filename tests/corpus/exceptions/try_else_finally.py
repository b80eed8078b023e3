def attempt(d):
    try:
        r = 10 // d
    except ZeroDivisionError:
        print('  except')
        r = None
    else:
        print('  else, r =', r)
    finally:
        print('  finally')
    return r
print(attempt(2))
print(attempt(0))
