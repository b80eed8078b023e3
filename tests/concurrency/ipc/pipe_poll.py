# Checks Connection.poll() with and without timeouts before and after data arrives.
import multiprocessing as mp
import time

def delayed(conn):
    time.sleep(0.1)
    conn.send("late")
    conn.send_bytes(b"raw bytes")
    conn.close()

if __name__ == "__main__":
    a, b = mp.Pipe()
    print(a.poll(), a.poll(0), a.poll(0.02))
    b.send(1)
    print(a.poll(), a.poll(1), a.recv(), a.poll())
    p = mp.Process(target=delayed, args=(b,))
    p.start()
    print("before:", a.poll(0.01))
    print("with timeout:", a.poll(5))
    print(a.recv(), a.recv_bytes())
    p.join()
    b.close()
    print("after other end closed:", a.poll(0.5))
