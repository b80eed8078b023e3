# The reprs of subscripted typing aliases, as a program would print them.
from typing import (Any, Callable, Dict, FrozenSet, Iterable, Iterator, List,
                    Optional, Set, Tuple, Type, Union, Generator, Mapping)

print(List[int])
print(Dict[str, List[int]])
print(Optional[int])
print(Union[int, str])
print(Union[int, str, None])
print(Callable[[int], str])
print(Callable[..., int])
print(Tuple[int, ...])
print(Tuple[int, str])
print(Set[FrozenSet[int]])
print(Type[int])
print(Iterable[int], Iterator[str], Generator[int, None, None])
print(Mapping[str, Any])
print(List, Dict, Any, Optional, Union)
print(Optional[List["Node"]])
