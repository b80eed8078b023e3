import signal
import time


def on_alarm(signum, frame):
    raise TimeoutError("took too long")


signal.signal(signal.SIGALRM, on_alarm)
signal.alarm(1)
start = time.monotonic()
try:
    time.sleep(5)
except TimeoutError as e:
    print("interrupted:", e)
print("slept less than 3 s:", time.monotonic() - start < 3)
