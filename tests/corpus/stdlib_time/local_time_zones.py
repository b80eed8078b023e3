# Local time, the zone names and offsets, mktime and strftime %Z/%z: the
# integration tests also run this with TZ set to zones east and west of UTC.
import time
t = 1700000000
print(time.localtime(t))
print(time.strftime("%Y-%m-%d %H:%M:%S %Z", time.localtime(t)))
print(time.gmtime(t).tm_hour, time.timezone, time.tzname, time.daylight)
print(time.mktime(time.localtime(t)))
print(time.asctime(time.localtime(t)), time.ctime(t))
lt = time.localtime(1690000000)
print(lt, lt.tm_zone, lt.tm_gmtoff)
print(time.strftime("%Z %z", lt), time.strftime("%Z %z", (2023, 7, 22, 4, 26, 40, 5, 203, 1)))
print(time.mktime((2023, 7, 22, 4, 26, 40, 5, 203, -1)), time.mktime((2023, 13, 40, 25, 61, 61, 0, 0, -1)))
