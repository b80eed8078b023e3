# The platform module answers which interpreter and version runs the program.
import platform
import sys

print(platform.python_implementation())
major, minor, micro = platform.python_version_tuple()
print(major, minor)
print(platform.python_version().startswith(f"{sys.version_info.major}.{sys.version_info.minor}."))
print(platform.system())
print(type(platform.machine()).__name__)
