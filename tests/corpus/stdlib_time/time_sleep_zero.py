import time
print("before sleep")
time.sleep(0)
time.sleep(0.01)
print("after sleep")
print(isinstance(time.time_ns(), int))
