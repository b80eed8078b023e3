import os
import signal

got = []


def handler(signum, frame):
    got.append(signum)
    print("handler for", signal.Signals(signum).name, "has a frame:", frame is not None)


previous = signal.signal(signal.SIGUSR1, handler)
print("previous handler:", previous)
print(signal.getsignal(signal.SIGUSR1) is handler)
os.kill(os.getpid(), signal.SIGUSR1)
print("after kill:", got)
print(signal.SIGINT, repr(signal.SIGTERM), int(signal.SIGTERM))
print(signal.strsignal(signal.SIGTERM))
