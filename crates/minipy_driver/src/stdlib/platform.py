"""A small `platform` module: the interpreter and machine questions scripts ask.

minipy runs programs as CPython 3.11 runs them, so it answers as that
implementation does; the machine answers come from `os.uname` when the
VM has it, else from `sys.platform`.
"""

import sys


def python_implementation():
    return "CPython"


def python_version_tuple():
    v = sys.version_info
    return (str(v[0]), str(v[1]), str(v[2]))


def python_version():
    return ".".join(python_version_tuple())


def system():
    return {"linux": "Linux", "darwin": "Darwin", "win32": "Windows"}.get(
        sys.platform, sys.platform.capitalize()
    )


def _uname_field(index, default):
    try:
        import os
        return os.uname()[index]
    except Exception:
        return default


def machine():
    return _uname_field(4, "")


def node():
    return _uname_field(1, "")


def release():
    return _uname_field(2, "")


def platform(aliased=False, terse=False):
    return "-".join(part for part in (system(), release(), machine()) if part)
