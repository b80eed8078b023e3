log = []
def a():
    try:
        log.append('a-try')
        b()
    finally:
        log.append('a-finally')
def b():
    try:
        log.append('b-try')
        raise RuntimeError('deep')
    finally:
        log.append('b-finally')
try:
    a()
except RuntimeError as e:
    log.append('caught ' + str(e))
print(log)
