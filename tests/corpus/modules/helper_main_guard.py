def run():
    return "run() called"

if __name__ == "__main__":
    print("helper_main_guard executed directly")
else:
    print("helper_main_guard imported as", __name__)
