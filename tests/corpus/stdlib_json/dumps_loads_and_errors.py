# json.dumps (separators, escapes, ensure_ascii, indent, sort_keys, default, non-str keys) and json.loads (values, escapes, surrogate pairs, object_hook) with CPython's JSONDecodeError messages and positions.
import json
data = {"name": "Ada", "age": 36, "langs": ["en", "fr"], "ok": True, "none": None,
        "pi": 3.14159, "big": 10**20, "neg": -0.0, "nested": {"b": [1, {"c": []}], "a": {}},
        "uni": "héllo ☺ \U0001F600", "esc": "tab\tquote\"back\\slash\nnl\x01", 5: "int key", 2.5: "f", False: "b", None: "n"}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=False))
print(json.dumps([1, [2, [3]], {}], indent="\t"))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True, separators=(",", ":")))
print(json.dumps((1, 2)), json.dumps("x"), json.dumps(1.0), json.dumps(float("nan")), json.dumps(1e300 * 10))
text = json.dumps({"name": "Ada", "langs": ["en", "fr"], "pi": 3.5, "u": "\u00e9\U0001F600"})
back = json.loads(text)
print(back, back == {"name": "Ada", "langs": ["en", "fr"], "pi": 3.5, "u": "\u00e9\U0001F600"})
print(json.loads('  [1, 2.5, -3e2, "a\\u00e9\\ud83d\\ude00", true, false, null, {"k": {}}]  '))
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads("NaN"), json.loads("-Infinity"), json.loads('"\\/"'), json.loads(b'[1]'))
for bad in ['', '[1,]', '{"a" 1}', '{"a": 1,}', '[1 2]', '{a: 1}', '"abc', '[1] x', 'tru', '"\\x"', '01', '{"a":', '"a\nb"']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, e.pos, e.lineno, e.colno)
for bad in [{(1, 2): 3}, {1, 2}, object]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print(e)
class P:
    def __init__(self, x): self.x = x
print(json.dumps({"p": P(3)}, default=lambda o: {"P": o.x}))
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print(e)
print(isinstance(json.JSONDecodeError("m", "doc", 1), ValueError))
