try:
    open("no_such_file_in_corpus.txt")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror, e.filename)
except OSError:
    print("other OSError")
