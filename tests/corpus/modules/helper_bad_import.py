print("helper_bad_import starts")
value = 1 / 0
