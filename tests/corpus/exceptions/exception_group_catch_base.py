caught = []
for e in [SystemExit(1), KeyboardInterrupt(), GeneratorExit(), ValueError()]:
    try:
        raise e
    except Exception:
        caught.append(("Exception", type(e).__name__))
    except BaseException:
        caught.append(("BaseException", type(e).__name__))
print(caught)
