def classify(exc):
    try:
        raise exc
    except KeyError:
        return 'KeyError branch'
    except IndexError:
        return 'IndexError branch'
    except Exception:
        return 'generic branch'
print(classify(KeyError('a')))
print(classify(IndexError('b')))
print(classify(ValueError('c')))
