name = "definitely_missing_file_for_corpus.txt"
print("opening", name)


def trigger():
    open(name)


trigger()
