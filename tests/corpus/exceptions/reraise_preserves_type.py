errors = [KeyError("k"), IndexError("i"), TypeError("t")]
for err in errors:
    try:
        try:
            raise err
        except Exception:
            raise
    except LookupError as e:
        print("lookup", repr(e))
    except Exception as e:
        print("other", repr(e))
