from .vectors import Vec

VERSION = "1.0"
