print("start")
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
raise "string"
