class VMError(Exception):
    pass


class StackVM:
    def __init__(self):
        self.stack = []
        self.output = []

    def run(self, program):
        pc = 0
        while pc < len(program):
            op, *args = program[pc].split()
            handler = getattr(self, "op_" + op, None)
            if handler is None:
                raise VMError(f"unknown instruction {op!r} at {pc}")
            jump = handler(*args)
            pc = jump if jump is not None else pc + 1
        return self.output

    def pop(self):
        if not self.stack:
            raise VMError("stack underflow")
        return self.stack.pop()

    def op_push(self, v):
        self.stack.append(int(v))

    def op_add(self):
        self.stack.append(self.pop() + self.pop())

    def op_mul(self):
        self.stack.append(self.pop() * self.pop())

    def op_dup(self):
        v = self.pop()
        self.stack += [v, v]

    def op_print(self):
        self.output.append(self.pop())
        print("out:", self.output[-1])

    def op_jnz(self, target):
        if self.pop() != 0:
            return int(target)


vm = StackVM()
print(vm.run(["push 2", "push 3", "add", "dup", "mul", "print"]))
countdown = ["push 3", "dup", "print", "push -1", "add", "dup", "jnz 1"]
print(StackVM().run(countdown))
try:
    StackVM().run(["push 1", "frobnicate"])
except VMError as e:
    print("VMError:", e)
StackVM().run(["push 1", "add"])
