log = []
def work(fail):
    log.append("start")
    try:
        if fail:
            raise RuntimeError
        log.append("ok")
    finally:
        log.append("end")

work(False)
try:
    work(True)
except RuntimeError:
    log.append("caught")
print(log)
