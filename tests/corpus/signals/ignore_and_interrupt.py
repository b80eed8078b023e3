import os
import signal

# A background job inherits SIGINT ignored; start from the usual handler.
signal.signal(signal.SIGINT, signal.default_int_handler)

signal.signal(signal.SIGUSR2, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR2)
print("SIGUSR2 ignored; handler now", signal.getsignal(signal.SIGUSR2))
try:
    os.kill(os.getpid(), signal.SIGINT)
    print("not reached")
except KeyboardInterrupt:
    print("SIGINT raised KeyboardInterrupt")
signal.signal(signal.SIGINT, signal.SIG_DFL)
print(signal.getsignal(signal.SIGINT))
