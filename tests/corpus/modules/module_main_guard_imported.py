import helper_main_guard

print(helper_main_guard.run())
print(__name__)
