for v in [0.25, 1, 0.12345]:
    print(f"{v:%} {v:.0%} {v:.1%} {v:8.2%}|")
print(f"{-0.5:%} {0:.1%} {1.23456:.3%}")
rate = 0.0725
print(f"rate={rate:.2%} width={rate:>10.1%}|")
