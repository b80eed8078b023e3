try:
    import helper_missing_for_test
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    from helper_shapes import Hexagon
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0], e.name)
