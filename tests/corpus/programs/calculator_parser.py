class Token:
    def __init__(self, kind, value):
        self.kind = kind
        self.value = value

    def __repr__(self):
        return f"{self.kind}:{self.value!r}"


def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            start = i
            while i < len(text) and (text[i].isdigit() or text[i] == "."):
                i += 1
            lexeme = text[start:i]
            tokens.append(Token("NUM", float(lexeme) if "." in lexeme else int(lexeme)))
        elif ch.isalpha():
            start = i
            while i < len(text) and text[i].isalnum():
                i += 1
            tokens.append(Token("NAME", text[start:i]))
        elif ch in "+-*/()^%,":
            tokens.append(Token("OP", ch))
            i += 1
        else:
            raise SyntaxError(f"unexpected character {ch!r} at {i}")
    tokens.append(Token("EOF", None))
    return tokens


class Parser:
    FUNCS = {"max": max, "min": min, "abs": abs}

    def __init__(self, text, env):
        self.tokens = tokenize(text)
        self.pos = 0
        self.env = env

    def peek(self):
        return self.tokens[self.pos]

    def take(self, value=None):
        tok = self.tokens[self.pos]
        if value is not None and tok.value != value:
            raise SyntaxError(f"expected {value!r}, got {tok.value!r}")
        self.pos += 1
        return tok

    def parse(self):
        v = self.expr()
        if self.peek().kind != "EOF":
            raise SyntaxError(f"trailing input at {self.peek()!r}")
        return v

    def expr(self):
        v = self.term()
        while self.peek().value in ("+", "-"):
            op = self.take().value
            r = self.term()
            v = v + r if op == "+" else v - r
        return v

    def term(self):
        v = self.factor()
        while self.peek().value in ("*", "/", "%"):
            op = self.take().value
            r = self.factor()
            if op == "*":
                v *= r
            elif op == "/":
                v /= r
            else:
                v %= r
        return v

    def factor(self):
        if self.peek().value == "-":
            self.take()
            return -self.factor()
        base = self.atom()
        if self.peek().value == "^":
            self.take()
            return base ** self.factor()
        return base

    def atom(self):
        tok = self.take()
        if tok.kind == "NUM":
            return tok.value
        if tok.kind == "NAME":
            if self.peek().value == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek().value == ",":
                    self.take()
                    args.append(self.expr())
                self.take(")")
                return self.FUNCS[tok.value](*args)
            return self.env[tok.value]
        if tok.value == "(":
            v = self.expr()
            self.take(")")
            return v
        raise SyntaxError(f"unexpected token {tok!r}")


env = {"x": 3, "y": 4.5}
print(tokenize("12 + x*(3.5 - y)"))
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "10 % 4 + x",
            "max(1, x, 2) * min(y, 10)", "abs(-7) - -3", "1 +", "2 * (3", "4 $ 4", "z + 1", "1 / 0"]:
    try:
        print(f"{src:<26} = {Parser(src, env).parse()}")
    except (SyntaxError, KeyError, ZeroDivisionError) as e:
        print(f"{src:<26} ! {type(e).__name__}: {e}")
