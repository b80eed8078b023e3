# Article 5.2.1: download several files with a process pool, then process
# them with a thread pool. Only localhost is reachable here, so a
# "download" makes the file's bytes itself (from the URL) and saves them
# to a local directory, as a real download would.
import multiprocessing
import os
from concurrent.futures import ThreadPoolExecutor

DOWNLOAD_DIR = "/tmp/article-5-2-1-%d" % os.getpid()


def make_content(name):
    """What the "server" would send for each file."""
    if name == "squares.csv":
        return "".join("%d,%d\n" % (n, n * n) for n in range(1, 41))
    if name == "primes.txt":
        primes = [n for n in range(2, 400) if all(n % d for d in range(2, n))]
        return "\n".join(str(p) for p in primes) + "\n"
    if name == "poem.txt":
        return ("Beautiful is better than ugly.\n"
                "Explicit is better than implicit.\n"
                "Simple is better than complex.\n") * 4
    raise ValueError("404 not found: " + name)


def download_file(url):
    # Download the file and save it locally (runs in a pool process).
    name = url.rsplit("/", 1)[-1]
    content = make_content(name)
    path = os.path.join(DOWNLOAD_DIR, name)
    with open(path, "w") as f:
        f.write(content)
    return path


def process_file(file_path):
    # Process the file (runs in a pool thread): count and check it.
    with open(file_path) as f:
        text = f.read()
    lines = text.splitlines()
    checksum = sum(ord(c) for c in text) % 65521
    os.remove(file_path)
    return "%-12s %3d lines %5d chars  checksum %5d" % (
        os.path.basename(file_path), len(lines), len(text), checksum)


def main():
    # The main process
    main_process = multiprocessing.current_process()
    print("running in", main_process.name)
    os.makedirs(DOWNLOAD_DIR)
    # A pool of processes
    pool = multiprocessing.Pool()
    # A pool of threads
    thread_pool = ThreadPoolExecutor(max_workers=4)
    # Download the files
    urls = ["https://example.com/data/squares.csv",
            "https://example.com/data/primes.txt",
            "https://example.com/data/poem.txt"]
    results = pool.map(download_file, urls)
    print("downloaded:", [os.path.basename(p) for p in results])
    # Process the files
    futures = []
    for file_path in results:
        futures.append(thread_pool.submit(process_file, file_path))
    # Wait for everything to finish
    pool.close()
    pool.join()
    thread_pool.shutdown(wait=True)
    for future in futures:
        print(future.result())
    print("files left:", os.listdir(DOWNLOAD_DIR))
    os.rmdir(DOWNLOAD_DIR)
    # A failed download comes back to the caller as an exception.
    with multiprocessing.Pool(1) as pool:
        try:
            pool.map(download_file, ["https://example.com/data/missing.bin"])
        except ValueError as e:
            print("ValueError:", e)


if __name__ == "__main__":
    main()
