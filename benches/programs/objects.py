"""Benchmark: class instances, attribute access, method calls, inheritance."""


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def scale(self, k):
        self.x = self.x * k
        self.y = self.y * k
        return self


class Particle:
    count = 0

    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel
        Particle.count += 1

    def step(self):
        self.pos = self.pos.add(self.vel)
        if self.pos.x > 1000 or self.pos.x < -1000:
            self.vel.x = -self.vel.x
        if self.pos.y > 1000 or self.pos.y < -1000:
            self.vel.y = -self.vel.y

    def energy(self):
        return self.vel.dot(self.vel)


class HeavyParticle(Particle):
    def __init__(self, pos, vel, mass):
        Particle.__init__(self, pos, vel)
        self.mass = mass

    def energy(self):
        return self.mass * Particle.energy(self)


def main():
    ps = []
    for i in range(200):
        v = Vector(i % 7 - 3, i % 5 - 2)
        if i % 4 == 0:
            ps.append(HeavyParticle(Vector(i, -i), v, 3))
        else:
            ps.append(Particle(Vector(-i, i), v))
    total = 0
    for t in range(8000):
        for p in ps:
            p.step()
        if t % 100 == 0:
            for p in ps:
                total += p.energy()
    sx = 0
    for p in ps:
        sx += p.pos.x * 3 + p.pos.y
    print("objects: %d %d %d" % (total, sx, Particle.count))


main()
