# asdict, astuple, fields, replace and is_dataclass.
from dataclasses import asdict, astuple, dataclass, field, fields, is_dataclass, replace


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Path:
    name: str
    points: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)


path = Path("p", [Point(1, 2), Point(3, 4)], {"k": Point(0, 0)})
print(asdict(path))
print(astuple(path))
print([f.name for f in fields(Point)], [f.type for f in fields(Point)])
moved = replace(path.points[0], y=9)
print(moved, path.points[0], moved is path.points[0])
print(is_dataclass(path), is_dataclass(Path), is_dataclass(3))
for bad in (lambda: fields(3), lambda: asdict(Point), lambda: replace(path, z=1)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
