import math
for deg in [0, 30, 45, 90, 180]:
    r = math.radians(deg)
    print(deg, round(math.sin(r), 6), round(math.cos(r), 6), round(math.degrees(r), 6))
print(round(math.atan2(1, 1), 6), math.hypot(3, 4), round(math.tan(math.pi / 4), 6))
