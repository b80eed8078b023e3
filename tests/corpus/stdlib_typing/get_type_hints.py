# get_type_hints evaluates string annotations and merges base classes.
from typing import Dict, List, Optional, get_args, get_origin, get_type_hints


class Node:
    value: int
    children: "List[Node]"


class Named(Node):
    name: str
    parent: Optional["Node"]


def build(values: "List[int]", label: str = "") -> Dict[str, "Node"]:
    return {}


print(get_type_hints(Node))
print(get_type_hints(Named))
print(get_type_hints(build))
print(build.__annotations__)
print(get_origin(List[int]), get_origin(Optional[int]), get_origin(int))
print(get_args(Dict[str, int]), get_args(Optional[str]), get_args(int))
