# json.dump to a file and json.load back, a round trip of nested data.
import json
import os

path = "dump_load_file.json"
scores = {"alice": [90, 85.5], "bob": [], "meta": {"course": "CS101", "final": True}}
with open(path, "w") as f:
    json.dump(scores, f, indent=4)
with open(path) as f:
    print(f.read())
with open(path) as f:
    loaded = json.load(f)
os.remove(path)
print(loaded == scores, loaded["alice"][1], type(loaded["meta"]["final"]).__name__)
