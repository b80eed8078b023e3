# Four forms of import, to read their bytecode.
import math
import os.path
import os.path as osp
from modules_helper import greet as hello, VERSION

print(math.floor(2.5), os.path.basename("/tmp/notes.txt"), osp is os.path)
print(hello("bytecode"), VERSION)
