print("explicit cause outside handler")
cause = ValueError("root cause")
raise RuntimeError("wrapper") from cause
