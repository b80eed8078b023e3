from helper_shapes import Circle as C, total_area as area_sum
import helper_shapes as hs

print(area_sum([C(1), hs.Square(2)]))
print(C is hs.Circle)
