# sys.implementation: programs branch on its name to pick CPython's behaviour.
import sys

impl = sys.implementation
print(impl.name, impl.cache_tag)
print(impl.version[:2], impl.version.major)
print(impl.hexversion == sys.hexversion)
print(impl.name in ("cpython", "micropython"))
