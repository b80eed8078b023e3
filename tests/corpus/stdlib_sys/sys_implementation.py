# sys.implementation: the fields PEP 421 requires, whatever the interpreter.
import sys

impl = sys.implementation
print(type(impl.name).__name__, impl.name == impl.name.lower())
print(impl.version[:2], impl.version.major)
print(impl.hexversion == sys.hexversion)
print(impl.cache_tag is None or isinstance(impl.cache_tag, str))
print("micropython" in repr(impl))
